package org.iptalent.analytics.forecast;

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

    /** The indicator source of a team's history (null: every team). */
    public String source(String team) {
        return team == null ? everyTeam : teamPrefix + team;
    }
}
