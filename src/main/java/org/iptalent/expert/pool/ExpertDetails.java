package org.iptalent.expert.pool;

import java.util.List;

import org.iptalent.expert.pool.ExpertView.Conflict;
import org.iptalent.expert.pool.ExpertView.Leave;
import org.iptalent.expert.pool.ExpertView.Scores;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What a profile shows beside the expert's row: its evaluations' averages, declared conflicts and leave. */
@Component
class ExpertDetails {

    private final JdbcTemplate jdbc;

    ExpertDetails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Scores scores(long expertId) {
        return jdbc.queryForObject("""
                select count(*), avg(quality), avg(timeliness), avg(conduct) from expert_engagement
                where expert_id = ? and evaluated_at is not null""", (rs, n) -> new Scores(rs.getInt(1),
                rs.getObject(2) == null ? null : rs.getDouble(2), rs.getObject(3) == null ? null : rs.getDouble(3),
                rs.getObject(4) == null ? null : rs.getDouble(4)), expertId);
    }

    List<Conflict> conflicts(long expertId) {
        return jdbc.query("""
                select c.id, c.organisation_id, o.name, c.note from expert_conflict c
                join organisation o on o.id = c.organisation_id where c.expert_id = ? order by c.id""",
                (rs, n) -> new Conflict(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), expertId);
    }

    List<Leave> leaves(long expertId) {
        return jdbc.query("""
                select id, starts_on, ends_on, reason from expert_leave where expert_id = ?
                order by starts_on desc, id desc""", (rs, n) -> new Leave(rs.getLong(1),
                rs.getObject(2, java.time.LocalDate.class), rs.getObject(3, java.time.LocalDate.class),
                rs.getString(4)), expertId);
    }
}
