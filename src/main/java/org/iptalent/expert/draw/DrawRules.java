package org.iptalent.expert.draw;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.draw.DrawRequest.RegionRule;
import org.iptalent.expert.draw.DrawRequest.Requirement;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.springframework.stereotype.Component;

/** What a draw request must be, every problem at once: limits that keep a draw a draw, codes that exist. */
@Component
class DrawRules {

    static final int MATTER_LENGTH = 200;
    static final int REASON_LENGTH = 500;
    static final int MAX_REQUIREMENTS = 10;
    static final int MAX_COUNT = 50;
    static final int MAX_RESERVES = 10;
    static final int MAX_PARTIES = 50;
    static final int MAX_RECENT_DRAWS = 100;
    static final int MAX_RECENT_MONTHS = 60;

    private final ExpertCategories categories;
    private final ReferenceData reference;

    DrawRules(ExpertCategories categories, ReferenceData reference) {
        this.categories = categories;
        this.reference = reference;
    }

    /** The local region a LOCAL draw means: the one asked for, or the administrator's own. */
    String localRegion(DrawRequest request, RegionScope scope) {
        if (request.regionRule() != RegionRule.LOCAL) {
            return null;
        }
        String asked = request.localRegionCode() == null || request.localRegionCode().isBlank() ? null
                : request.localRegionCode().trim();
        return asked != null ? asked : scope.isNational() ? null : scope.regionCode();
    }

    void check(DrawRequest request, String matter, String localRegion, RegionScope scope) {
        List<Problem> problems = new ArrayList<>();
        if (matter.isEmpty()) {
            problems.add(new Problem("matter", "field.required"));
        } else if (matter.length() > MATTER_LENGTH) {
            problems.add(new Problem("matter", "field.tooLong", List.of(MATTER_LENGTH)));
        }
        if (request.matterKind() == null) {
            problems.add(new Problem("matterKind", "field.required"));
        }
        if (request.regionRule() == null) {
            problems.add(new Problem("regionRule", "field.required"));
        }
        if (request.requirements().isEmpty() || request.requirements().size() > MAX_REQUIREMENTS) {
            problems.add(new Problem("requirements", "expert.draw.requirementsCount", List.of(MAX_REQUIREMENTS)));
        }
        for (int i = 0; i < request.requirements().size() && i < MAX_REQUIREMENTS; i++) {
            requirement(request.requirements().get(i), "requirements[" + i + "].", problems);
        }
        range(problems, "reserves", request.reserves(), 0, MAX_RESERVES);
        if ((request.maxRecentDraws() == null) != (request.recentMonths() == null)) {
            problems.add(new Problem(request.maxRecentDraws() == null ? "maxRecentDraws" : "recentMonths",
                    "expert.draw.recentBoth"));
        }
        range(problems, "maxRecentDraws", request.maxRecentDraws(), 1, MAX_RECENT_DRAWS);
        range(problems, "recentMonths", request.recentMonths(), 1, MAX_RECENT_MONTHS);
        if (request.partyOrganisationIds().size() > MAX_PARTIES) {
            problems.add(new Problem("partyOrganisationIds", "expert.draw.tooManyParties", List.of(MAX_PARTIES)));
        }
        if (request.regionRule() == RegionRule.OUTSIDE_PARTIES && request.partyOrganisationIds().isEmpty()) {
            problems.add(new Problem("partyOrganisationIds", "expert.draw.outsideNeedsParties"));
        }
        if (request.regionRule() == RegionRule.LOCAL) {
            if (localRegion == null) {
                problems.add(new Problem("localRegionCode", "expert.draw.localNeedsRegion"));
            } else if (reference.division(localRegion).isEmpty() || !scope.includes(localRegion)) {
                problems.add(new Problem("localRegionCode", "expert.draw.localOutsideScope", List.of(localRegion)));
            }
        }
        if (request.redrawOf() != null && (request.redrawReason() == null || request.redrawReason().isBlank())) {
            problems.add(new Problem("redrawReason", "expert.draw.redrawReasonRequired"));
        } else if (request.redrawReason() != null && request.redrawReason().strip().length() > REASON_LENGTH) {
            problems.add(new Problem("redrawReason", "field.tooLong", List.of(REASON_LENGTH)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void requirement(Requirement requirement, String prefix, List<Problem> problems) {
        if (requirement == null) {
            problems.add(new Problem(prefix + "category", "field.required"));
            return;
        }
        if (requirement.category() == null || requirement.category().isBlank()) {
            problems.add(new Problem(prefix + "category", "field.required"));
        } else if (categories.find(requirement.category()).isEmpty()) {
            problems.add(new Problem(prefix + "category", "expert.categoryUnknown", List.of(requirement.category())));
        }
        if (requirement.ipcClass() != null && reference.ipc(requirement.ipcClass()).filter(c -> !c.isSection())
                .isEmpty()) {
            problems.add(new Problem(prefix + "ipcClass", "expert.ipcUnknown", List.of(requirement.ipcClass())));
        }
        if (requirement.count() == null) {
            problems.add(new Problem(prefix + "count", "field.required"));
        } else {
            range(problems, prefix + "count", requirement.count(), 1, MAX_COUNT);
        }
    }

    private static void range(List<Problem> problems, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(new Problem(field, "expert.draw.outOfRange", List.of(String.valueOf(min),
                    String.valueOf(max))));
        }
    }
}
