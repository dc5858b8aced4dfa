package org.iptalent.registry;

import java.util.List;
import java.util.Map;

/**
 * One page of a registry search. {@code total} is exact when {@code exact}: always with facets (counting
 * them visits every match); without facets, beyond the counting threshold, it is a lower bound.
 */
public record TalentHits(List<TalentRow> rows, long total, boolean exact, int page, int size,
        Map<Facet, List<FacetCount>> facets) {

    public enum Facet { PROVINCE, CITY, TEAM, CATEGORY, QUALIFICATION, EDUCATION, DISCIPLINE, INDUSTRY, STATUS }

    public record FacetCount(String code, long count) {
    }

    public record TalentRow(long id, String name, String gender, String identityNumberMasked, String mobileMasked,
            String employerName, String regionCode, String position, String education, List<String> categories,
            String status) {
    }

    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
