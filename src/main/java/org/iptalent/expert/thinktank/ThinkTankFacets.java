package org.iptalent.expert.thinktank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.iptalent.expert.thinktank.ReportHits.Facet;
import org.iptalent.expert.thinktank.ReportHits.FacetCount;
import org.iptalent.platform.web.FacetGroup;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.web.util.UriComponentsBuilder;

/** The list page's facets as links: each value's count, whether it filters now, and the link that toggles it. */
final class ThinkTankFacets {

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

    /** The facets as the platform's facet list shows them; {@code stateLabel} names a topic state. */
    static List<FacetGroup> rows(ReportHits hits, Map<Long, String> thinkTankNames, Function<String, String> stateLabel,
            String q, String thinkTank, String topicState, String year) {
        List<FacetGroup> rows = new ArrayList<>();
        Map<String, String> current = filters(thinkTank, topicState, year);
        hits.facets().forEach((facet, counts) -> {
            List<FacetGroup.Row> list = new ArrayList<>();
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
                    case TOPIC_STATE -> stateLabel.apply(count.code());
                };
                list.add(new FacetGroup.Row(label, count.count(), href(q, next), active));
            }
            rows.add(new FacetGroup(facet.parameter(), "thinktank.facet." + facet.name(), list));
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
