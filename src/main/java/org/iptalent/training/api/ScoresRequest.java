package org.iptalent.training.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;

/** Assessment results of trainees holding a place, recorded all or none. */
record ScoresRequest(List<Score> scores, @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    /** A trainee's result. */
    @Schema(name = "ScoreRequest")
    record Score(
            @Schema(description = "The trainee's talent id") Long talentId,
            @Schema(description = "0 to 100; null clears a result recorded before") BigDecimal score,
            @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

        Score {
            unknown = unknown == null ? Map.of() : new LinkedHashMap<>(unknown);
        }
    }

    ScoresRequest {
        unknown = unknown == null ? Map.of() : new LinkedHashMap<>(unknown);
    }

    /** The results by talent, as the attendance book takes them; the shape refused first. */
    Map<Long, BigDecimal> checked() {
        List<Problem> problems = new ArrayList<>(UnknownFields.of("", unknown));
        if (scores == null || scores.isEmpty()) {
            problems.add(new Problem("scores", "field.required"));
        }
        Map<Long, BigDecimal> checked = new LinkedHashMap<>();
        for (int i = 0; scores != null && i < scores.size(); i++) {
            Score score = scores.get(i);
            String at = "scores[" + i + "].";
            if (score == null) {
                problems.add(new Problem("scores[" + i + "]", "field.required"));
                continue;
            }
            problems.addAll(UnknownFields.of(at, score.unknown()));
            if (score.talentId() == null) {
                problems.add(new Problem(at + "talentId", "field.required"));
            } else if (checked.containsKey(score.talentId())) {
                problems.add(new Problem(at + "talentId", "training.api.attendance.twice",
                        List.<Object>of(String.valueOf(score.talentId()))));
            } else {
                checked.put(score.talentId(), score.score());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }
}
