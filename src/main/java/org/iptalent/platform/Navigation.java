package org.iptalent.platform;

/**
 * A link in the main navigation, shown only to users who may follow it. Links of one {@code group} (e.g.
 * {@code training}) share a menu in the header, labelled {@code nav.group.<group>}, when a user has more than one.
 */
public record Navigation(int order, String labelKey, String href, String icon, String group) {

    public Navigation(int order, String labelKey, String href, String icon) {
        this(order, labelKey, href, icon, null);
    }

    public Navigation inGroup(String name) {
        return new Navigation(order, labelKey, href, icon, name);
    }
}
