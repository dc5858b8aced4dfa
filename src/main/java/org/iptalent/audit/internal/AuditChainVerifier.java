package org.iptalent.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

import org.iptalent.audit.ChainVerification;
import org.iptalent.audit.ChainVerification.Breach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes every hash in id order. An edited row fails its own hash; an inserted or deleted row
 * breaks the link or the id sequence; entries cut from the end no longer match the head.
 */
@Component
public class AuditChainVerifier {

    private final JdbcTemplate jdbc;

    AuditChainVerifier(JdbcTemplate jdbc) {
        // a private template: streaming the whole chain needs a fetch size the shared one must not have
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(1000);
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Map<String, Object> head = jdbc.queryForMap("select last_id, last_hash from audit_chain_head where singleton");
        Walk walk = new Walk();
        jdbc.query("select * from audit_entry order by id", (ResultSet rs) -> {
            if (walk.broken == null) {
                walk.check(rs);
            }
        });
        if (walk.broken != null) {
            return ChainVerification.broken(walk.count, walk.broken, walk.breach);
        }
        long lastId = ((Number) head.get("last_id")).longValue();
        if (walk.lastId != lastId || !walk.lastHash.equals(head.get("last_hash"))) {
            return ChainVerification.broken(walk.count, walk.lastId + 1, Breach.TAIL_MISSING);
        }
        return ChainVerification.intact(walk.count);
    }

    private static final class Walk {
        long count;
        long lastId;
        String lastHash = AuditHash.GENESIS;
        Long broken;
        Breach breach;

        void check(ResultSet rs) throws SQLException {
            long id = rs.getLong("id");
            count++;
            if (id != lastId + 1) {
                fail(lastId + 1, Breach.ENTRY_MISSING);
                return;
            }
            String prevHash = rs.getString("prev_hash");
            if (!prevHash.equals(lastHash)) {
                fail(id, Breach.LINK_BROKEN);
                return;
            }
            Instant at = rs.getTimestamp("occurred_at").toInstant();
            long actorId = rs.getLong("actor_id");
            Long actor = rs.wasNull() ? null : actorId;
            String expected = AuditHash.of(prevHash, id, at, rs.getString("actor"), actor, rs.getString("source_ip"),
                    rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                    rs.getString("region_code"), rs.getString("changes"), rs.getString("detail"),
                    rs.getString("detail_key"), rs.getString("detail_args"));
            if (!expected.equals(rs.getString("hash"))) {
                fail(id, Breach.CONTENT_ALTERED);
                return;
            }
            lastId = id;
            lastHash = expected;
        }

        void fail(long id, Breach why) {
            broken = id;
            breach = why;
        }
    }
}
