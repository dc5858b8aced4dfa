package org.iptalent.training.rotation.api;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.training.rotation.CampaignInput;

/**
 * A campaign to launch, as the API takes it: the fields of {@link CampaignInput}, and nothing else. A field the
 * request has that this has not is refused (400), since the filters define the cohort: a misspelt filter
 * ({@code "catgory"}, or the filters nested under a {@code "cohort"}) was ignored, and the campaign launched over
 * its whole region, telling every talent of it.
 */
@Schema(name = "CampaignInput")
record CampaignRequest(String name, String regionCode, LocalDate cycleStart, LocalDate cycleEnd, String q,
        String team, String category, String qualification, String education, String discipline, String industry,
        String status, @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    static final String UNKNOWN_FIELD = "training.api.field.unknown";

    CampaignInput input() {
        if (unknown != null && !unknown.isEmpty()) {
            throw new InvalidInputException(unknown.keySet().stream().sorted()
                    .map(field -> new Problem(field, UNKNOWN_FIELD)).toList());
        }
        return new CampaignInput(name, regionCode, cycleStart, cycleEnd, q, team, category, qualification,
                education, discipline, industry, status);
    }
}
