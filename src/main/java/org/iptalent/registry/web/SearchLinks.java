package org.iptalent.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.platform.web.FacetGroup;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.TalentHits;
import org.springframework.web.util.UriComponentsBuilder;

/** Links of the search page that change one thing and keep the rest: a facet, a page, the sort. */
public class SearchLinks {

    private final Map<String, String> params = new LinkedHashMap<>();

    SearchLinks(TalentCriteria c) {
        put("q", c.q());
        put("province", c.province());
        put("city", c.city());
        put("team", c.team());
        put("category", c.category());
        put("qualification", c.qualification());
        put("education", c.education());
        put("discipline", c.discipline());
        put("industry", c.industry());
        put("status", c.status());
        put("sort", c.sort());
    }

    private void put(String key, String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }

    /** The search's facets as the page shows them: a value's link adds it, or removes it when it is the filter. */
    List<FacetGroup> facets(TalentHits hits, Labels labels, Locale locale) {
        List<FacetGroup> groups = new ArrayList<>();
        hits.facets().forEach((facet, counts) -> {
            String parameter = labels.param(facet);
            groups.add(new FacetGroup(parameter, "talent.facet." + facet.name(), counts.stream().map(c -> {
                boolean active = has(parameter, c.code());
                return new FacetGroup.Row(labels.facet(facet, c.code(), locale), c.count(),
                        active ? without(parameter) : with(parameter, c.code()), active);
            }).toList()));
        });
        return groups;
    }

    public String with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put(key, value);
        return build(copy);
    }

    public String without(String key) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.remove(key);
        return build(copy);
    }

    /** The export link of the same search. */
    public String export(String format) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put("format", format);
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/talents/export");
        copy.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }

    /** The current filters, for hidden fields of a form that repeats the search. */
    public Map<String, String> params() {
        return Map.copyOf(params);
    }

    public String page(int page) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        copy.put("page", String.valueOf(page));
        return build(copy);
    }

    public boolean has(String key, String value) {
        return value != null && value.equals(params.get(key));
    }

    private static String build(Map<String, String> values) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/talents");
        values.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }
}
