package org.iptalent.programme.round;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The scores of a round and its ranking: by mean score, highest first; a tie goes to the nomination more reviewers
 * scored, then to the one nominated first. A nomination nobody scored ranks last.
 */
@Component
class RoundScores {

    private final JdbcTemplate jdbc;

    RoundScores(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void put(long nominationId, long expertId, int score, String comment, long userId, Instant at) {
        jdbc.update("""
                insert into programme_score (nomination_id, expert_id, score, comment, scored_by, scored_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (nomination_id, expert_id) do update set score = excluded.score,
                  comment = excluded.comment, scored_by = excluded.scored_by, scored_at = excluded.scored_at""",
                nominationId, expertId, score, comment, userId, Timestamp.from(at));
    }

    List<ReviewScore> of(long roundId, Long expertId) {
        return jdbc.query("""
                select s.nomination_id, s.expert_id, s.score, s.comment, s.scored_at from programme_score s
                join programme_nomination n on n.id = s.nomination_id
                where n.round_id = ? and (?::bigint is null or s.expert_id = ?)
                order by s.nomination_id, s.expert_id""", (rs, i) -> new ReviewScore(rs.getLong(1), rs.getLong(2),
                rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant()), roundId, expertId, expertId);
    }

    /** A page of a round's scores, of one province's nominations (null: all), by nomination and expert. */
    List<ReviewScore> page(long roundId, String province, int limit, long offset) {
        return jdbc.query("""
                select s.nomination_id, s.expert_id, s.score, s.comment, s.scored_at from programme_score s
                join programme_nomination n on n.id = s.nomination_id
                where n.round_id = ? and (?::text is null or n.province_code = ?)
                order by s.nomination_id, s.expert_id limit ? offset ?""", (rs, i) -> new ReviewScore(rs.getLong(1),
                rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getTimestamp(5).toInstant()), roundId, province,
                province, limit, offset);
    }

    List<Ranked> ranking(long roundId) {
        List<Ranked> ranked = new ArrayList<>();
        jdbc.query("""
                select n.id, avg(s.score), count(s.score) from programme_nomination n
                left join programme_score s on s.nomination_id = n.id
                where n.round_id = ? group by n.id
                order by avg(s.score) desc nulls last, count(s.score) desc, n.id""", rs -> {
            double mean = rs.getDouble(2);
            ranked.add(new Ranked(rs.getLong(1), rs.wasNull() ? null : Math.round(mean * 100) / 100.0, rs.getInt(3),
                    ranked.size() + 1));
        }, roundId);
        return ranked;
    }
}
