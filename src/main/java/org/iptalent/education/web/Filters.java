package org.iptalent.education.web;

import java.util.List;

import org.iptalent.education.degree.DegreeLevel;
import org.iptalent.education.degree.ProgrammeFilter;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.RegionScope;

/**
 * The list pages' filters as typed in the address bar: a level or region the lists do not know, or a text too long,
 * is no filter (the pages offer only valid choices; the API refuses them in words).
 */
final class Filters {

    private Filters() {
    }

    static DegreeLevel level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (DegreeLevel level : DegreeLevel.values()) {
            if (level.name().equals(value.strip())) {
                return level;
            }
        }
        return null;
    }

    static String region(ReferenceData reference, String value) {
        return value == null || value.isBlank() || reference.checkRegion("region", value).isPresent() ? null
                : value.strip();
    }

    static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return text.length() > ProgrammeFilter.MAX_QUERY_LENGTH ? text.substring(0, ProgrammeFilter.MAX_QUERY_LENGTH)
                : text;
    }

    /**
     * The regions a record of the user's region may lie in, by province: the province itself (when the user's region
     * holds it) then its prefecture-level units.
     */
    static java.util.Map<Division, List<Division>> regions(ReferenceData reference) {
        RegionScope scope = RegionScope.current();
        java.util.Map<Division, List<Division>> regions = new java.util.LinkedHashMap<>();
        for (Division province : provinces(reference)) {
            List<Division> choices = new java.util.ArrayList<>();
            if (scope.includes(province.code())) {
                choices.add(province);
            }
            reference.citiesOf(province.code()).stream().filter(c -> scope.includes(c.code())).forEach(choices::add);
            if (!choices.isEmpty()) {
                regions.put(province, choices);
            }
        }
        return regions;
    }

    static List<Division> provinces(ReferenceData reference) {
        return reference.provinces().stream().filter(Division::isMainland).toList();
    }
}
