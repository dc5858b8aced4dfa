package org.iptalent.registry.internal.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.springframework.stereotype.Component;

/**
 * Where the public-service team's talents were at the end of a day: the categories of the team present in each
 * city (a province's own records under its 4-digit prefix ending in 00), from one statement, for the coverage of
 * provinces and of cities.
 */
@Component
class PublicServiceTalents {

    static final String TEAM = "PUBLIC_SERVICE";

    /** The team's categories present in each region, then by 4-digit prefix of the regions of the pattern. */
    private static final String AREAS = PresentTalents.PRESENT + """
            counted as materialized (
              select distinct p.region_code, c.category from present p
              join talent_category c on c.talent_id = p.id where c.category in (:categories))
            select distinct left(c.region_code, :length), c.category from counted c where c.region_code like :pattern
            """;

    private final PresentTalents talents;
    private final ReferenceData reference;

    PublicServiceTalents(PresentTalents talents, ReferenceData reference) {
        this.talents = talents;
        this.reference = reference;
    }

    /** The categories of the public-service team, as the taxonomy has them. */
    Set<String> categories() {
        Set<String> codes = new HashSet<>();
        reference.children(TaxonomyKind.CATEGORY, TEAM).stream().map(Term::code).forEach(codes::add);
        return codes;
    }

    /** The team's categories present by the end of {@code day} in each 4-digit region prefix inside the pattern. */
    Map<String, Set<String>> byArea(String pattern, LocalDate day) {
        Map<String, Set<String>> areas = new HashMap<>();
        talents.query(AREAS, 4, pattern, day, Map.of("categories", List.copyOf(categories())), rs -> {
            areas.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        return areas;
    }
}
