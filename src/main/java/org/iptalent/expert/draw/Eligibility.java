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

    private static final String ELIGIBLE = """
            select e.id from expert e
            where e.status = 'APPOINTED' and not e.blacklisted and e.availability <> 'UNAVAILABLE'
              and e.term_starts_on <= :today and e.term_ends_on >= :today
              and exists (select 1 from expert_category_link l
                          where l.expert_id = e.id and l.category_code = any(cast(:categories as varchar[])))
              and (cast(:ipc as varchar) is null
                   or exists (select 1 from expert_field f where f.expert_id = e.id and f.ipc_class = :ipc))
              and (:rule = 'ANY'
                   or (:rule = 'LOCAL' and e.region_code like :local)
                   or (:rule = 'OUTSIDE_PARTIES' and e.province_code <> all(cast(:partyProvinces as varchar[]))))
              and e.talent_id <> all(cast(:partyStaff as bigint[]))
              and not exists (select 1 from expert_leave v
                              where v.expert_id = e.id and v.starts_on <= :today and v.ends_on >= :today)
              and not exists (select 1 from expert_conflict c
                              where c.expert_id = e.id and c.organisation_id = any(cast(:parties as bigint[])))
              and not exists (select 1 from expert_draw_pick p join expert_draw d on d.id = p.draw_id
                              where p.expert_id = e.id and d.matter = :matter)
              and (cast(:maxRecent as integer) is null
                   or (select count(*) from expert_draw_pick p where p.expert_id = e.id and p.state <> 'RESERVE'
                         and p.drawn_at >= :since) < :maxRecent)
            order by e.id
            """;

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
                .addValue("rule", q.rule().name())
                .addValue("local", q.localPattern() == null ? "" : q.localPattern())
                .addValue("partyProvinces", array(q.partyProvinces()))
                .addValue("partyStaff", array(q.partyStaffTalents()))
                .addValue("parties", array(q.parties()))
                .addValue("matter", q.matter())
                .addValue("maxRecent", q.maxRecentDraws(), java.sql.Types.INTEGER)
                .addValue("since", Timestamp.from(since.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()));
        return jdbc.queryForList(ELIGIBLE, parameters, Long.class);
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
