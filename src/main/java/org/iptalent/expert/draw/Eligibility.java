package org.iptalent.expert.draw;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.iptalent.expert.draw.DrawRequest.RegionRule;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may be drawn for one requirement, as the database has it at the moment of the draw, in ascending id order:
 * appointed for a term that covers the day, not blacklisted, not unavailable or on leave, of the category (or one
 * below it) and IPC class, within the region rule; and avoided: the parties' staff and former staff (from the
 * registry), experts who declared a party, experts already drawn for the matter, and experts drawn too often lately.
 */
@Component
class Eligibility {

    /** One requirement's question: the avoidance inputs are the same for every requirement of a draw. */
    record Question(Collection<String> categories, String ipcClass, RegionRule rule, String localPattern,
            Collection<String> partyProvinces, Collection<Long> parties, Collection<Long> partyStaffTalents,
            String matter, Integer maxRecentDraws, Integer recentMonths, LocalDate today) {
    }

    /*
     * Written for 100,000 experts: the category's members drive (a fifth of the pool at most), and every avoidance is
     * an anti-join against a small set computed once — the parties' staff, the experts drawn too often lately, those
     * drawn for the matter — instead of a test repeated for each expert (a count per expert, or a comparison with
     * every staff member, cost ten times the query). The region rule and the IPC class add their condition only
     * when they apply, so the plan never carries an OR over all of them.
     */
    private static final String ELIGIBLE = """
            with wanted as (
              select distinct l.expert_id from expert_category_link l
              where l.category_code = any(cast(:categories as varchar[]))),
            staff as (select unnest(cast(:partyStaff as bigint[])) as talent_id),
            too_often as (
              select p.expert_id from expert_draw_pick p
              where cast(:maxRecent as integer) is not null and p.state <> 'RESERVE' and p.drawn_at >= :since
              group by p.expert_id having count(*) >= cast(:maxRecent as integer)),
            drawn_for_matter as (
              select p.expert_id from expert_draw_pick p join expert_draw d on d.id = p.draw_id
              where d.matter = :matter)
            select e.id from wanted w join expert e on e.id = w.expert_id
            where e.status = 'APPOINTED' and not e.blacklisted and e.availability <> 'UNAVAILABLE'
              and e.term_starts_on <= :today and e.term_ends_on >= :today
              %s
              and not exists (select 1 from staff s where s.talent_id = e.talent_id)
              and not exists (select 1 from expert_leave v
                              where v.expert_id = e.id and v.starts_on <= :today and v.ends_on >= :today)
              and not exists (select 1 from expert_conflict c
                              where c.expert_id = e.id and c.organisation_id = any(cast(:parties as bigint[])))
              and not exists (select 1 from drawn_for_matter m where m.expert_id = e.id)
              and not exists (select 1 from too_often o where o.expert_id = e.id)
            order by e.id
            """;
    private static final String IPC_CLASS = """
            and exists (select 1 from expert_field f where f.expert_id = e.id and f.ipc_class = :ipc)
            """;
    private static final String LOCAL = "and e.region_code like :local";
    private static final String OUTSIDE_PARTIES = "and e.province_code <> all(cast(:partyProvinces as varchar[]))";

    private static final Pattern ELEMENT = Pattern.compile("[A-Z0-9_]+");

    private final NamedParameterJdbcTemplate jdbc;

    Eligibility(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> of(Question q) {
        LocalDate since = q.recentMonths() == null ? q.today() : q.today().minusMonths(q.recentMonths());
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("today", Date.valueOf(q.today()))
                .addValue("categories", array(q.categories()))
                .addValue("ipc", q.ipcClass(), java.sql.Types.VARCHAR)
                .addValue("local", q.localPattern() == null ? "" : q.localPattern())
                .addValue("partyProvinces", array(q.partyProvinces()))
                .addValue("partyStaff", array(q.partyStaffTalents()))
                .addValue("parties", array(q.parties()))
                .addValue("matter", q.matter())
                .addValue("maxRecent", q.maxRecentDraws(), java.sql.Types.INTEGER)
                .addValue("since", Timestamp.from(since.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
        String conditions = (q.ipcClass() == null ? "" : IPC_CLASS) + switch (q.rule()) {
            case ANY -> "";
            case LOCAL -> LOCAL;
            case OUTSIDE_PARTIES -> OUTSIDE_PARTIES;
        };
        return jdbc.queryForList(ELIGIBLE.formatted(conditions), parameters, Long.class);
    }

    /**
     * A PostgreSQL array literal of codes or ids: every element is a checked code ([A-Z0-9_]) or a number, so none
     * needs quoting.
     */
    private static String array(Collection<?> values) {
        List<String> elements = values.stream().map(String::valueOf).toList();
        if (!elements.stream().allMatch(ELEMENT.asMatchPredicate())) {
            throw new IllegalArgumentException("not a code or an id: " + elements);
        }
        return elements.stream().collect(Collectors.joining(",", "{", "}"));
    }
}
