package org.iptalent.training.rotation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.registry.TalentCard;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A campaign's members and where each stands, read live from the enrollments of the campaign's classes. Every read
 * is one statement: the enrollments of the campaign's classes (a handful of classes, found by the covering index
 * on their class) are folded per talent into two flags, and joined to the members of one index range of the
 * campaign. Whether the flags make a member trained, in progress or not yet is {@link CoverageState}'s rule.
 */
@Component
public class CampaignRoster {

    /** Per talent of the campaign's classes: a completion within the cycle, and a place in a class still running. */
    private static final String TOUCHED = """
            with touched as (
                select e.talent_id,
                       bool_or(e.status = 'COMPLETED' and e.completed_on between ? and ?) as trained,
                       bool_or(e.status in ('ENROLLED', 'WAITLISTED') and c.status = 'PLANNED') as placed
                from rotation_class rc
                join training_class c on c.id = rc.class_id
                join enrollment e on e.class_id = rc.class_id
                where rc.campaign_id = ?
                group by e.talent_id
            )
            """;

    private final JdbcTemplate jdbc;

    CampaignRoster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds these talents as members (those already members stay as they are), in one statement; how many were new. */
    int add(long campaignId, List<TalentCard> cohort, Instant at) {
        if (cohort.isEmpty()) {
            return 0;
        }
        Long[] ids = cohort.stream().map(TalentCard::id).toArray(Long[]::new);
        String[] regions = cohort.stream().map(TalentCard::regionCode).toArray(String[]::new);
        return jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into rotation_member (campaign_id, talent_id, region_code, added_at)
                    select ?, c.talent_id, c.region_code, ?
                    from unnest(?::bigint[], ?::varchar[]) as c(talent_id, region_code)
                    on conflict (campaign_id, talent_id) do nothing
                    """);
            ps.setLong(1, campaignId);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setArray(3, con.createArrayOf("bigint", ids));
            ps.setArray(4, con.createArrayOf("varchar", regions));
            return ps;
        });
    }

    /**
     * The coverage now: totals and by region. A provincial or city campaign counts by the members' own regions
     * (cities, or the province itself for a municipality's members); a national campaign by province.
     */
    public Coverage coverage(RotationCampaign campaign, LocalDate today) {
        boolean ended = campaign.ended(today);
        boolean national = campaign.getRegionCode() == null;
        Map<String, CoverageCount> regions = new HashMap<>();
        jdbc.query(TOUCHED + """
                select m.region_code, coalesce(t.trained, false), coalesce(t.placed, false), count(*)
                from rotation_member m
                left join touched t on t.talent_id = m.talent_id
                where m.campaign_id = ?
                group by 1, 2, 3
                """, rs -> {
            String region = rs.getString(1);
            String key = national ? region.substring(0, 2) + "0000" : region;
            CoverageState state = CoverageState.of(rs.getBoolean(2), rs.getBoolean(3), ended);
            regions.merge(key, new CoverageCount(key, 0, 0, 0).plus(state, rs.getLong(4)),
                    (a, b) -> new CoverageCount(key, a.trained() + b.trained(), a.inProgress() + b.inProgress(),
                            a.notYet() + b.notYet()));
        }, Date.valueOf(campaign.getCycleStart()), Date.valueOf(campaign.getCycleEnd()), campaign.getId(),
                campaign.getId());
        CoverageCount total = new CoverageCount(null, 0, 0, 0);
        for (CoverageCount region : regions.values()) {
            total = new CoverageCount(null, total.trained() + region.trained(),
                    total.inProgress() + region.inProgress(), total.notYet() + region.notYet());
        }
        List<CoverageCount> byRegion = new ArrayList<>(regions.values());
        byRegion.sort(Comparator.comparingLong(CoverageCount::notYet).reversed()
                .thenComparing(CoverageCount::regionCode));
        return new Coverage(total, byRegion, ended);
    }

    /** One member as the campaign's list shows it, before the registry names them. */
    public record Member(long talentId, String regionCode, CoverageState state) {
    }

    /**
     * A page of members, by region then talent, optionally only those in {@code state} and under a region
     * ({@code regionPattern}, a SQL {@code LIKE} pattern; {@code %} for all).
     */
    public Page<Member> members(RotationCampaign campaign, CoverageState state, String regionPattern, LocalDate today,
            Pageable pageable) {
        boolean ended = campaign.ended(today);
        String condition = condition(state, ended);
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(campaign.getCycleStart()),
                Date.valueOf(campaign.getCycleEnd()), campaign.getId(), campaign.getId(), regionPattern));
        Long total = jdbc.queryForObject(TOUCHED + """
                select count(*) from rotation_member m left join touched t on t.talent_id = m.talent_id
                where m.campaign_id = ? and m.region_code like ? and
                """ + condition, Long.class, args.toArray());
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<Member> rows = jdbc.query(TOUCHED + """
                select m.talent_id, m.region_code, coalesce(t.trained, false), coalesce(t.placed, false)
                from rotation_member m left join touched t on t.talent_id = m.talent_id
                where m.campaign_id = ? and m.region_code like ? and
                """ + condition + " order by m.region_code, m.talent_id limit ? offset ?",
                (rs, n) -> new Member(rs.getLong(1), rs.getString(2),
                        CoverageState.of(rs.getBoolean(3), rs.getBoolean(4), ended)),
                args.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /**
     * Members not yet trained nor placed, under a region, in the members' order, at most {@code limit}; those with
     * any enrollment in {@code classId} already (a withdrawn one) are left out when a class is given.
     */
    public List<Long> notYet(RotationCampaign campaign, String regionPattern, Long classId, int limit) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(campaign.getCycleStart()),
                Date.valueOf(campaign.getCycleEnd()), campaign.getId(), campaign.getId(), regionPattern));
        String excluded = "";
        if (classId != null) {
            excluded = " and not exists (select 1 from enrollment x where x.class_id = ? and x.talent_id = m.talent_id)";
            args.add(classId);
        }
        args.add(limit);
        return jdbc.queryForList(TOUCHED + """
                select m.talent_id from rotation_member m left join touched t on t.talent_id = m.talent_id
                where m.campaign_id = ? and m.region_code like ? and
                """ + condition(CoverageState.NOT_YET, false) + excluded
                + " order by m.region_code, m.talent_id limit ?", Long.class, args.toArray());
    }

    /** How many members under a region are not yet trained nor placed. */
    public long countNotYet(RotationCampaign campaign, String regionPattern) {
        Long count = jdbc.queryForObject(TOUCHED + """
                select count(*) from rotation_member m left join touched t on t.talent_id = m.talent_id
                where m.campaign_id = ? and m.region_code like ? and
                """ + condition(CoverageState.NOT_YET, false), Long.class,
                Date.valueOf(campaign.getCycleStart()), Date.valueOf(campaign.getCycleEnd()), campaign.getId(),
                campaign.getId(), regionPattern);
        return count == null ? 0 : count;
    }

    /** The SQL condition of a state over the flags (no condition for every state); the same rule as CoverageState's. */
    static String condition(CoverageState state, boolean ended) {
        String trained = "coalesce(t.trained, false)";
        String placed = ended ? "false" : "coalesce(t.placed, false)";
        if (state == null) {
            return "true";
        }
        return switch (state) {
            case TRAINED -> trained;
            case IN_PROGRESS -> "not " + trained + " and " + placed;
            case NOT_YET -> "not " + trained + " and not " + placed;
        };
    }

    /** The campaign's classes, in the order they were linked. */
    public List<Long> classIds(long campaignId) {
        return jdbc.queryForList("select class_id from rotation_class where campaign_id = ? order by linked_at, class_id",
                Long.class, campaignId);
    }

    boolean linked(long campaignId, long classId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from rotation_class where campaign_id = ? and class_id = ?", Integer.class,
                campaignId, classId);
        return count != null && count > 0;
    }

    void link(long campaignId, long classId, Long userId, Instant at) {
        jdbc.update("""
                insert into rotation_class (campaign_id, class_id, linked_at, linked_by) values (?, ?, ?, ?)
                on conflict do nothing
                """, campaignId, classId, Timestamp.from(at), userId);
    }
}
