package org.iptalent.platform;

/** A link in the main navigation, shown only to users who may follow it. */
public record Navigation(int order, String labelKey, String href, String icon) {
}
