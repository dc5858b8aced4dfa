package org.iptalent.training.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.training.enrollment.AttendanceMark;

/** One session's attendance: a mark per trainee, recorded whole or not at all. */
record AttendanceRequest(
        @Schema(description = "The session (GET /api/v1/classes/{id} lists them)") Long sessionId,
        List<Mark> marks,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    /** A trainee at the session. */
    @Schema(name = "AttendanceMarkRequest")
    record Mark(
            @Schema(description = "The trainee's talent id") Long talentId,
            @Schema(description = "Whether they attended") Boolean present,
            @Schema(description = "Hours attended, 0 to the session's hours; null: the whole session when present")
            BigDecimal hours,
            @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

        Mark {
            unknown = unknown == null ? Map.of() : new LinkedHashMap<>(unknown);
        }
    }

    AttendanceRequest {
        unknown = unknown == null ? Map.of() : new LinkedHashMap<>(unknown);
    }

    /** The marks as the attendance book takes them; the shape refused first: every problem at once. */
    List<AttendanceMark> checked() {
        List<Problem> problems = new ArrayList<>(UnknownFields.of("", unknown));
        if (sessionId == null) {
            problems.add(new Problem("sessionId", "field.required"));
        }
        if (marks == null || marks.isEmpty()) {
            problems.add(new Problem("marks", "field.required"));
        }
        List<AttendanceMark> checked = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; marks != null && i < marks.size(); i++) {
            Mark mark = marks.get(i);
            String at = "marks[" + i + "].";
            if (mark == null) {
                problems.add(new Problem("marks[" + i + "]", "field.required"));
                continue;
            }
            problems.addAll(UnknownFields.of(at, mark.unknown()));
            if (mark.talentId() == null) {
                problems.add(new Problem(at + "talentId", "field.required"));
            } else if (seen.putIfAbsent(mark.talentId(), i) != null) {
                problems.add(new Problem(at + "talentId", "training.api.attendance.twice",
                        List.<Object>of(String.valueOf(mark.talentId()))));
            }
            if (mark.present() == null) {
                problems.add(new Problem(at + "present", "field.required"));
            }
            if (mark.talentId() != null && mark.present() != null) {
                checked.add(new AttendanceMark(mark.talentId(), mark.present(), mark.hours()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }
}
