package org.iptalent.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.platform.Navigation;

/**
 * One entry of the header: a link, or a group's menu of links (in the order of its first link), so that a user with
 * many training pages sees one "Training" menu instead of a header too wide for the screen.
 */
public record NavigationItem(String groupKey, List<Navigation> links, boolean active) {

    public boolean single() {
        return groupKey == null;
    }

    public Navigation link() {
        return links.get(0);
    }

    static List<NavigationItem> of(List<Navigation> sorted, String currentPath) {
        Map<String, List<Navigation>> groups = new LinkedHashMap<>();
        for (Navigation link : sorted) {
            String key = link.group() == null ? "link:" + link.href() : "group:" + link.group();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
        }
        List<NavigationItem> items = new ArrayList<>();
        for (List<Navigation> links : groups.values()) {
            String group = links.get(0).group();
            boolean active = links.stream().anyMatch(l -> isActive(l, currentPath));
            items.add(group == null || links.size() == 1 ? new NavigationItem(null, links, active)
                    : new NavigationItem("nav.group." + group, List.copyOf(links), active));
        }
        return items;
    }

    public static boolean isActive(Navigation link, String currentPath) {
        return "/".equals(link.href()) ? "/".equals(currentPath)
                : currentPath != null && currentPath.startsWith(link.href());
    }
}
