package org.iptalent.expert.pool;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An expert's credit record: evaluations, declined engagements, misconduct, blacklisting and its lifting, status
 * changes; written beside each of them, never changed, read on the profile.
 */
@Component
public class CreditRecord {

    public enum Kind {
        APPOINTED, SUSPENDED, REINSTATED, EXPIRED, REMOVED, RENEWED, BLACKLISTED, BLACKLIST_LIFTED, MISCONDUCT,
        DECLINED, EVALUATED
    }

    public record Entry(Kind kind, String note, Instant recordedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CreditRecord(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void write(long expertId, Kind kind, String note, Long byUserId) {
        jdbc.update("insert into expert_credit (expert_id, kind, note, recorded_at, recorded_by) values (?, ?, ?, ?, ?)",
                expertId, kind.name(), note, java.sql.Timestamp.from(clock.instant()), byUserId);
    }

    /** The latest entries first, at most {@code limit}. */
    public List<Entry> of(long expertId, int limit) {
        return jdbc.query("""
                select kind, note, recorded_at from expert_credit where expert_id = ?
                order by recorded_at desc, id desc limit ?""", (rs, n) -> new Entry(Kind.valueOf(rs.getString(1)),
                rs.getString(2), rs.getTimestamp(3).toInstant()), expertId, limit);
    }
}
