package org.iptalent.expert.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.Expert.Status;
import org.iptalent.expert.pool.ExpertView.Scores;
import org.iptalent.expert.search.ExpertHits.ExpertCard;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cards of a page of hits, read from the database in one query: only the experts the database places in the
 * user's region (what authorises the page), with their categories, IPC classes and the averages of their evaluations.
 */
@Component
class ExpertCards {

    private final JdbcTemplate jdbc;

    ExpertCards(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, ExpertCard> visible(Collection<Long> ids, RegionScope scope) {
        Map<Long, ExpertCard> cards = new HashMap<>();
        if (ids.isEmpty() || scope.isNothing()) {
            return cards;
        }
        jdbc.query("""
                select e.id, e.display_name, e.employer_name, e.region_code, e.status, e.availability, e.blacklisted,
                  e.roles,
                  (select string_agg(l.category_code, ',' order by l.category_code) from expert_category_link l
                   where l.expert_id = e.id),
                  (select string_agg(f.ipc_class, ',' order by f.ipc_class) from expert_field f
                   where f.expert_id = e.id),
                  s.evaluations, s.quality, s.timeliness, s.conduct
                from expert e
                left join lateral (select count(*) evaluations, avg(g.quality) quality, avg(g.timeliness) timeliness,
                  avg(g.conduct) conduct from expert_engagement g
                  where g.expert_id = e.id and g.evaluated_at is not null) s on true
                where e.id = any(?) and e.region_code like ?""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray()));
            ps.setString(2, scope.likePattern());
        }, rs -> {
            cards.put(rs.getLong(1), card(rs));
        });
        return cards;
    }

    private static ExpertCard card(ResultSet rs) throws SQLException {
        Set<Duty> duties = new LinkedHashSet<>();
        String roles = rs.getString(8);
        if (roles != null && !roles.isEmpty()) {
            Arrays.stream(roles.split(",")).map(Duty::valueOf).forEach(duties::add);
        }
        return new ExpertCard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                codes(rs.getString(9)), codes(rs.getString(10)), duties,
                Status.valueOf(rs.getString(5)), Availability.valueOf(rs.getString(6)), rs.getBoolean(7),
                new Scores(rs.getInt(11), average(rs, 12), average(rs, 13), average(rs, 14)));
    }

    private static Set<String> codes(String joined) {
        return joined == null ? Set.of() : new TreeSet<>(List.of(joined.split(",")));
    }

    private static Double average(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
