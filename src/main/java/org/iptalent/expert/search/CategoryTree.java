package org.iptalent.expert.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The taxonomy's parents, for indexing an expert under its categories and every category above them: filtering by
 * a category finds its sub-categories' experts, and its facet count counts each such expert once. Held in memory
 * (a few dozen rows); a category the map does not know (added since) reloads it. A category's parent never changes.
 */
@Component
class CategoryTree {

    /** Resolved when first needed: the tree is made while the persistence unit starts, before the database's users. */
    private final ObjectProvider<JdbcTemplate> jdbc;
    private volatile Map<String, String> parents = Map.of();

    CategoryTree(ObjectProvider<JdbcTemplate> jdbc) {
        this.jdbc = jdbc;
    }

    /** The codes with all their ancestors. */
    Set<String> withAncestors(Set<String> codes) {
        Set<String> all = new LinkedHashSet<>();
        for (String code : codes) {
            if (!parents.containsKey(code)) {
                reload();
            }
            for (String c = code; c != null && all.add(c); c = parents.get(c)) {
                // climbs to the root; a repeated code stops the climb
            }
        }
        return all;
    }

    private synchronized void reload() {
        Map<String, String> loaded = new HashMap<>();
        jdbc.getObject().query("select code, parent_code from expert_category", rs -> {
            loaded.put(rs.getString(1), rs.getString(2));
        });
        parents = loaded;
    }
}
