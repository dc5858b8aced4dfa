package org.iptalent.training.base;

/** A base's manager as its page names them; {@code username} and {@code displayName} are null when not shown. */
public record ManagerView(long userId, String username, String displayName) {
}
