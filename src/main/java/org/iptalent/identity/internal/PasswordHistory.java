package org.iptalent.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The hashes of a user's previous passwords, for the no-reuse rule. */
@Component
class PasswordHistory {

    private final JdbcTemplate jdbc;

    PasswordHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> recent(long userId, int count) {
        return jdbc.queryForList("""
                select password_hash from password_history where user_id = ? order by created_at desc, id desc limit ?""",
                String.class, userId, count);
    }

    void add(long userId, String hash, Instant now) {
        jdbc.update("insert into password_history (user_id, password_hash, created_at) values (?, ?, ?)", userId, hash,
                Timestamp.from(now));
        // only the last few are ever compared; older hashes are kept no longer than needed
        jdbc.update("""
                delete from password_history where user_id = ? and id not in
                  (select id from password_history where user_id = ? order by created_at desc, id desc limit 10)""",
                userId, userId);
    }
}
