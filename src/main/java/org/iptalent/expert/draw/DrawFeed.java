package org.iptalent.expert.draw;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a supervisor watches live: every step of the draws of the reader's region as it happens, newest first — a
 * draw opened (or re-drawn, with its reason), a drawn expert's confirmation or decline (with its note), a reserve
 * called in place of a decline. Auditors, whose region is the whole country, watch every draw; administrations
 * watch their own region's. Read from the draws' own records, so the feed cannot say what did not happen.
 */
@Service
public class DrawFeed {

    /** How far back the feed reaches, and at most how many steps it shows. */
    public static final Duration WINDOW = Duration.ofDays(7);
    public static final int LIMIT = 100;

    public enum Kind {
        OPENED, REDRAWN, CONFIRMED, DECLINED, RESERVE_CALLED
    }

    /**
     * One step: when, what, the draw (its matter, drawing region, eligible and selected counts), and for an
     * answer or a reserve the expert concerned, the one it replaces and the note or the re-draw's reason.
     */
    public record Step(Instant at, Kind kind, long drawId, String matter, String regionCode, int eligibleCount,
            int selectedCount, Long expertId, String expertName, String replacedName, String note) {
    }

    private static final String STEPS = """
            select * from (
              select d.drawn_at as at, case when d.redraw_of is null then 'OPENED' else 'REDRAWN' end as kind,
                     d.id as draw_id, d.matter, d.region_code, d.eligible_count,
                     (select count(*) from expert_draw_pick s where s.draw_id = d.id and s.state <> 'RESERVE'
                        and s.replaces_id is null) as selected_count,
                     null::bigint as expert_id, null as expert_name, null as replaced_name, d.redraw_reason as note
              from expert_draw d
              where d.drawn_at >= :since and d.region_code like :region
              union all
              select p.answered_at, case when p.state = 'DECLINED' then 'DECLINED' else 'CONFIRMED' end,
                     d.id, d.matter, d.region_code, d.eligible_count, 0, p.expert_id, e.display_name, null,
                     p.answer_note
              from expert_draw_pick p join expert_draw d on d.id = p.draw_id join expert e on e.id = p.expert_id
              where p.answered_at >= :since and d.region_code like :region
              union all
              select p.drawn_at, 'RESERVE_CALLED', d.id, d.matter, d.region_code, d.eligible_count, 0, p.expert_id,
                     e.display_name, r.display_name, null
              from expert_draw_pick p join expert_draw d on d.id = p.draw_id join expert e on e.id = p.expert_id
                   join expert_draw_pick q on q.id = p.replaces_id join expert r on r.id = q.expert_id
              where p.replaces_id is not null and p.drawn_at >= :since and d.region_code like :region
            ) steps -- a reserve is called in the same instant as the decline it answers: it is the later step
            order by at desc, draw_id desc,
                     case kind when 'RESERVE_CALLED' then 0 when 'DECLINED' then 1 when 'CONFIRMED' then 1 else 2 end
            limit :limit
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DrawFeed(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The latest steps of the reader's region's draws, for auditors and administrations. */
    @Transactional(readOnly = true)
    public List<Step> latest() {
        RegionScope scope = ExpertDraws.overseen();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("since", Timestamp.from(clock.instant().minus(WINDOW)))
                .addValue("region", scope.likePattern())
                .addValue("limit", LIMIT);
        return jdbc.query(STEPS, parameters, (rs, n) -> new Step(rs.getTimestamp("at").toInstant(),
                Kind.valueOf(rs.getString("kind")), rs.getLong("draw_id"), rs.getString("matter"),
                rs.getString("region_code"), rs.getInt("eligible_count"), rs.getInt("selected_count"),
                (Long) rs.getObject("expert_id"), rs.getString("expert_name"), rs.getString("replaced_name"),
                rs.getString("note")));
    }
}
