package org.iptalent.training.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.shared.InvalidInputException.Problem;

/**
 * Who to enrol: one talent ({@code talentId}), a cohort ({@code filter}), or the signed-in talent themselves
 * ({@code {}} or {@code "self": true}). Exactly one of them.
 */
@Schema(description = "Exactly one of: talentId (an administrator enrols one talent of their region), filter (an "
        + "administrator enrols a cohort from a registry search), or nothing / self: true (a signed-in talent enrols "
        + "themselves).")
record EnrollmentRequest(
        @Schema(description = "true, or absent with no other field: the signed-in talent enrols themselves")
        Boolean self,
        @Schema(description = "The talent to enrol (an administrator, a talent of their region)") Long talentId,
        CohortFilter filter,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    enum Kind {
        SELF, ONE, COHORT
    }

    EnrollmentRequest {
        unknown = unknown == null ? Map.of() : new LinkedHashMap<>(unknown);
    }

    /** What is wrong with the request's shape: unknown fields, or not exactly one thing asked for. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>(UnknownFields.of("", unknown));
        if (filter != null) {
            problems.addAll(UnknownFields.of("filter.", filter.unknown()));
        }
        int asked = (Boolean.TRUE.equals(self) ? 1 : 0) + (talentId != null ? 1 : 0) + (filter != null ? 1 : 0);
        boolean onlySelfFalse = Boolean.FALSE.equals(self) && asked == 0;
        if (asked > 1 || onlySelfFalse) {
            problems.add(new Problem(onlySelfFalse ? "self" : "talentId", "training.api.enrollment.oneOf"));
        }
        return problems;
    }

    /** What the request asks for, once its shape has no problem. */
    Kind kind() {
        return talentId != null ? Kind.ONE : filter != null ? Kind.COHORT : Kind.SELF;
    }
}
