package org.iptalent.registry;

import java.time.Instant;
import java.util.List;

/**
 * The registry's supply of IP staff as anonymous counts, for a module that shows the supply to someone who may see
 * no talent's record (an employer): numbers of active talents only, never who they are, WITHOUT the region check
 * (the caller decides which region's counts its user may see and suppresses cells small enough to identify anyone).
 */
public interface TalentSupply {

    /** Active talents of a team (each counted once in each team they belong to) and education (null: not given). */
    record SupplyCount(String team, String education, long count) {
    }

    /**
     * The active talents of a region (a province or city code and what lies within it) and, when given, of an
     * industry (a GB/T 4754 division), by team and education.
     */
    List<SupplyCount> byTeamAndEducation(String regionCode, String industryCode);

    /** What {@link #count} groups the active talents by. */
    enum Grouping {
        /** The talent's province. */
        PROVINCE,
        /** The talent's own region: its prefecture-level city, or its province when it names no city. */
        REGION,
        /** The talent's industry (a GB/T 4754 division; null when not given). */
        INDUSTRY
    }

    /**
     * One filter of the supply: the active talents within a region (null: the country) and, when given, of a team, a
     * category (a talent of several categories of the team counts once) and an industry.
     */
    record SupplyFilter(String regionCode, String team, String category, String industryCode) {
    }

    /** A group's code (a region or an industry; null for talents without one) and its active talents. */
    record GroupCount(String code, long count) {
    }

    /** The active talents of one filter, grouped; each talent counted once, in one statement. */
    List<GroupCount> count(SupplyFilter filter, Grouping grouping);

    /** Counts and when they were counted: {@code countedAt} null when counted by the statement that answered. */
    record Counted(List<GroupCount> counts, Instant countedAt) {
    }

    /**
     * The same counts as {@link #count}, for a view that may show them as of a recent minute: once the registry is
     * large, the country's or a province's by province or industry and a province's cities (or a city) over every
     * industry come from a summary rebuilt every few minutes (a live count then joins a million talents with their
     * categories); a city's industries and a province's cities within one industry are counted now.
     */
    Counted recent(SupplyFilter filter, Grouping grouping);
}
