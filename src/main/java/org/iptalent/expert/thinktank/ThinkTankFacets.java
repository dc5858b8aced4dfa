package org.iptalent.expert.thinktank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.iptalent.expert.thinktank.ReportHits.Facet;
import org.iptalent.expert.thinktank.ReportHits.FacetCount;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.web.util.UriComponentsBuilder;

/** The list page's facets as links: each value's count, whether it filters now, and the link that toggles it. */
final class ThinkTankFacets {

    /** A facet's value on the page; {@code label} null for a code the template names (a topic state). */
    record Row(String code, String label, long count, boolean active, String href) {
    }

    private ThinkTankFacets() {
    }

    static Map<String, String> filters(String thinkTank, String topicState, String year) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "thinkTank", thinkTank);
        put(filters, "topicState", topicState);
        put(filters, "year", year);
        return filters;
    }

    /** A filter's number, or a refusal naming it when it is none. */
    static Long number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException(field, "thinktank.search.notANumber", value.strip());
        }
    }

    static Map<Facet, List<Row>> rows(ReportHits hits, Map<Long, String> thinkTankNames, String q, String thinkTank,
            String topicState, String year) {
        Map<Facet, List<Row>> rows = new LinkedHashMap<>();
        Map<String, String> current = filters(thinkTank, topicState, year);
        hits.facets().forEach((facet, counts) -> {
            List<Row> list = new ArrayList<>();
            for (FacetCount count : counts) {
                boolean active = Objects.equals(current.get(facet.parameter()), count.code());
                Map<String, String> next = new LinkedHashMap<>(current);
                if (active) {
                    next.remove(facet.parameter());
                } else {
                    next.put(facet.parameter(), count.code());
                }
                String label = switch (facet) {
                    case THINK_TANK -> thinkTankNames.getOrDefault(Long.valueOf(count.code()), count.code());
                    case YEAR -> count.code();
                    case TOPIC_STATE -> null;
                };
                list.add(new Row(count.code(), label, count.count(), active, href(q, next)));
            }
            rows.put(facet, list);
        });
        return rows;
    }

    static String href(String q, Map<String, String> filters) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/experts/think-tanks");
        if (q != null && !q.isBlank()) {
            link.queryParam("q", q.strip());
        }
        filters.forEach(link::queryParam);
        return link.encode().build().toUriString();
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
    }
}
