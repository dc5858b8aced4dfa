package org.iptalent.expert.draw;

import java.util.List;

/**
 * What an administrator asks of a draw: the matter, the experts wanted per category (and IPC class), where they may
 * come from, the matter's parties (whose staff, past staff and declared advisers are avoided), the reserves drawn per
 * requirement, and how often an expert may have been drawn lately. A re-draw names the draw it follows and why.
 */
public record DrawRequest(String matter, MatterKind matterKind, List<Requirement> requirements, RegionRule regionRule,
        String localRegionCode, List<Long> partyOrganisationIds, Integer reserves, Integer maxRecentDraws,
        Integer recentMonths, Long redrawOf, String redrawReason) {

    public enum MatterKind {
        TECHNICAL_INVESTIGATION, MEDIATION, REVIEW_PANEL, ADJUDICATION, CONSULTATION, OTHER
    }

    /** Where the drawn experts may work: anywhere, in the matter's region, or outside every party's province. */
    public enum RegionRule {
        ANY, LOCAL, OUTSIDE_PARTIES
    }

    /** How many experts of a category (and, if given, of an IPC class) the matter needs. */
    public record Requirement(String category, String ipcClass, Integer count) {
    }

    public DrawRequest {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        partyOrganisationIds = partyOrganisationIds == null ? List.of()
                : partyOrganisationIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
