package org.iptalent.training.rotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.shared.InvalidInputException.Problem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry filters that define a campaign's cohort (every one optional), always searched inside the campaign's
 * region: the region is the campaign's, never a filter of its own. Kept as JSON on the campaign for the record, and
 * read back to add the members a later search finds.
 */
public record CohortDefinition(String q, String team, String category, String qualification, String education,
        String discipline, String industry, String status) {

    /** The longest search text the registry takes. */
    static final int MAX_TEXT = 100;
    private static final Set<String> STATUSES = Set.of("ACTIVE", "LEFT", "RETIRED");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    public CohortDefinition {
        q = blankToNull(q);
        team = blankToNull(team);
        category = blankToNull(category);
        qualification = blankToNull(qualification);
        education = blankToNull(education);
        discipline = blankToNull(discipline);
        industry = blankToNull(industry);
        status = blankToNull(status);
    }

    public static CohortDefinition of(CampaignInput input) {
        return new CohortDefinition(input.q(), input.team(), input.category(), input.qualification(),
                input.education(), input.discipline(), input.industry(), input.status());
    }

    /** Every filter the code lists do not know, or a text too long to search. */
    List<Problem> problems(ReferenceData reference) {
        List<Problem> problems = new ArrayList<>();
        if (q != null && q.length() > MAX_TEXT) {
            problems.add(new Problem("q", "rotation.cohort.textTooLong", List.of(MAX_TEXT)));
        }
        reference.checkTerm("team", TaxonomyKind.TEAM, team).ifPresent(problems::add);
        reference.checkTerm("category", TaxonomyKind.CATEGORY, category).ifPresent(problems::add);
        reference.checkTerm("qualification", TaxonomyKind.QUALIFICATION_TYPE, qualification).ifPresent(problems::add);
        reference.checkTerm("education", TaxonomyKind.EDUCATION, education).ifPresent(problems::add);
        reference.checkTerm("discipline", TaxonomyKind.DISCIPLINE, discipline).ifPresent(problems::add);
        reference.checkIndustry("industry", industry).ifPresent(problems::add);
        if (status != null && !STATUSES.contains(status)) {
            problems.add(new Problem("status", ReferenceData.UNKNOWN_CODE, List.of(status)));
        }
        return problems;
    }

    /** The registry search of the cohort inside {@code regionCode} (a province, a city, or null: the country). */
    TalentCriteria criteria(String regionCode, ReferenceData reference) {
        String province = null;
        String city = null;
        if (regionCode != null) {
            Division region = reference.division(regionCode).orElseThrow();
            province = region.isProvince() ? region.code() : region.parentCode();
            city = region.isProvince() ? null : region.code();
        }
        return new TalentCriteria(q, province, city, team, category, qualification, education, discipline, industry,
                status, null);
    }

    /** The filters as stored on the campaign, the region with them as the search used it. */
    String json(String regionCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("region", regionCode);
        fields.put("q", q);
        fields.put("team", team);
        fields.put("category", category);
        fields.put("qualification", qualification);
        fields.put("education", education);
        fields.put("discipline", discipline);
        fields.put("industry", industry);
        fields.put("status", status);
        fields.values().removeIf(java.util.Objects::isNull);
        return JSON.writeValueAsString(fields);
    }

    public static CohortDefinition fromJson(String json) {
        Map<String, String> fields = JSON.readValue(json, MAP);
        return new CohortDefinition(fields.get("q"), fields.get("team"), fields.get("category"),
                fields.get("qualification"), fields.get("education"), fields.get("discipline"), fields.get("industry"),
                fields.get("status"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
