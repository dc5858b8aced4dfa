package org.iptalent.identity;

/**
 * A user's address for notices changed (by the user or an administrator), published inside the change's
 * transaction so that the user can be told about it with the change.
 *
 * @param userId    the account
 * @param oldMasked the former address, masked; null when there was none
 * @param newMasked the new address, masked; null when it was removed
 */
public record EmailChanged(long userId, String oldMasked, String newMasked) {
}
