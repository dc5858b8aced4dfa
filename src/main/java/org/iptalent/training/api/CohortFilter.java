package org.iptalent.training.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.registry.TalentCriteria;

/**
 * The registry search's parameters (those of {@code GET /api/v1/talents}) that choose a cohort; every one
 * optional, each code checked against its code list.
 */
@Schema(description = "The registry search's filters (as GET /api/v1/talents takes them). Unknown fields and "
        + "unknown codes are 400.")
record CohortFilter(
        @Schema(description = "Free text over name, employer, major and position (at most 100 characters)") String q,
        @Schema(description = "Province code (GB/T 2260, 440000)") String province,
        @Schema(description = "City code (GB/T 2260, 440300)") String city,
        @Schema(description = "Talent team code (taxonomy TEAM)") String team,
        @Schema(description = "Talent category code (taxonomy CATEGORY)") String category,
        @Schema(description = "Qualification type code (taxonomy QUALIFICATION_TYPE)") String qualification,
        @Schema(description = "Education code (taxonomy EDUCATION)") String education,
        @Schema(description = "Discipline code (taxonomy DISCIPLINE)") String discipline,
        @Schema(description = "Industry code (GB/T 4754-2017)") String industry,
        @Schema(description = "ACTIVE, LEFT or RETIRED") String status,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    CohortFilter {
        unknown = unknown == null ? Map.of() : new LinkedHashMap<>(unknown);
    }

    TalentCriteria criteria() {
        return new TalentCriteria(trim(q), trim(province), trim(city), trim(team), trim(category), trim(qualification),
                trim(education), trim(discipline), trim(industry), trim(status), null);
    }

    /** No filter that narrows the cohort: every talent of the caller's region (whatever their status). */
    boolean narrowsNothing() {
        return Stream.of(q, province, city, team, category, qualification, education, discipline, industry)
                .allMatch(value -> value == null || value.isBlank());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
