package org.iptalent.analytics.forecast;

import java.util.Arrays;

import org.iptalent.shared.BusinessRuleException;

/**
 * What a forecast counts: the registry's talents (the supply) or the staff employers reported they need now (the
 * demand), each by team; both kept as monthly history by the plan's indicator sources.
 */
public enum Measure {

    SUPPLY("registry.talents", "registry.team."),
    DEMAND("demand.staff", "demand.team.");

    private final String everyTeam;
    private final String teamPrefix;

    Measure(String everyTeam, String teamPrefix) {
        this.everyTeam = everyTeam;
        this.teamPrefix = teamPrefix;
    }

    /**
     * The measure a request's parameter names: an unknown one is refused in words naming the parameter and the measures
     * (a 400 problem detail over the API), not the generic "malformed parameter" of a failed enum conversion.
     */
    public static Measure of(String parameter, String code) {
        String trimmed = code == null ? "" : code.trim();
        return Arrays.stream(values()).filter(m -> m.name().equals(trimmed)).findFirst()
                .orElseThrow(() -> new BusinessRuleException(parameter, "analytics.forecast.measureUnknown", parameter,
                        trimmed));
    }

    /** The indicator source of a team's history (null: every team). */
    public String source(String team) {
        return team == null ? everyTeam : teamPrefix + team;
    }
}
