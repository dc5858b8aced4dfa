package org.iptalent.platform.web;

import java.util.List;

/**
 * One facet of a search page as {@code fragments/facets} shows it: the request parameter it filters by, the message
 * key of its title, and its values, each with its words, its count and the link that adds it (or, when it is the
 * active filter, removes it). Every module's search page shows its facets through it.
 */
public record FacetGroup(String parameter, String titleKey, List<Row> rows) {

    /** How many values a facet shows (an active value further down shows too). */
    public static final int SHOWN = 12;

    public record Row(String label, long count, String href, boolean active) {
    }

    public FacetGroup {
        rows = List.copyOf(rows);
    }
}
