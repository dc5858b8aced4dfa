package org.iptalent.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.iptalent.audit.internal.AuditChainVerifier;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The log is append-only, and an entry altered or removed behind the platform's back is detected. */
@PlatformTest
class AuditChainTests {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;

    private long lastId() {
        return jdbc.queryForObject("select max(id) from audit_entry", Long.class);
    }

    @Test
    void everyEntryIsChainedToThePreviousOne() {
        audit.record(AuditEvent.of(AuditAction.UPDATE, "Talent", 42).region("440300")
                .changes(Changes.of().field("name", "张三", "张叁").sensitive("phone", "13812345678", "13900001111",
                        org.iptalent.shared.Masks::phone)));
        long id = lastId();
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where id = ?", id);
        Map<String, Object> previous = jdbc.queryForMap("select hash from audit_entry where id = ?", id - 1);
        assertThat(row.get("prev_hash")).isEqualTo(previous.get("hash"));
        assertThat((String) row.get("changes")).contains("张叁", "139****1111").doesNotContain("13900001111");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletes() {
        audit.record(AuditEvent.of(AuditAction.DELETE, "Talent", 7));
        long id = lastId();
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
                .hasMessageContaining("append-only");
    }

    @Test
    void anAlteredEntryBreaksTheChainAtThatEntry() {
        audit.record(AuditEvent.of(AuditAction.EXPORT, "Talent", null).detail("1,024 rows, masked"));
        long id = lastId();
        assertThat(verifier.verify().intact()).isTrue();
        tamper("update audit_entry set detail = '0 rows' where id = " + id);
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtId()).isEqualTo(id);
            assertThat(result.reason()).isEqualTo("content altered");
        } finally {
            tamper("update audit_entry set detail = '1,024 rows, masked' where id = " + id);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void anEntrysMessageIsChainedAndAlteringItsArgumentsIsDetected() {
        audit.record(AuditEvent.of(AuditAction.EXPORT, "Talent", null).message("audit.detail.export", 1024, "XLSX",
                AuditText.message("audit.detail.export.masked"), java.util.List.of(AuditText.message(
                        "audit.detail.filter", AuditText.message("talent.facet.PROVINCE"), AuditText.region("440000")))));
        long id = lastId();
        Map<String, Object> row = jdbc.queryForMap("select detail, detail_key, detail_args from audit_entry where id = ?",
                id);
        assertThat(row.get("detail")).isNull();
        assertThat(row.get("detail_key")).isEqualTo("audit.detail.export");
        assertThat(verifier.verify().intact()).isTrue();
        String args = (String) row.get("detail_args");
        tamper("update audit_entry set detail_args = replace(detail_args, '1024', '2') where id = " + id);
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtId()).isEqualTo(id);
            assertThat(result.breach()).isEqualTo(ChainVerification.Breach.CONTENT_ALTERED);
        } finally {
            jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
            try {
                jdbc.update("update audit_entry set detail_args = ? where id = ?", args, id);
            } finally {
                jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update_or_delete");
            }
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRemovedEntryIsDetectedToo() {
        audit.record(AuditEvent.of(AuditAction.LOGIN_FAILURE, "User", 1).actor("mallory"));
        audit.record(AuditEvent.of(AuditAction.LOGIN_SUCCESS, "User", 1).actor("mallory"));
        long last = lastId();
        Map<String, Object> removed = jdbc.queryForMap("select * from audit_entry where id = ?", last - 1);
        tamper("delete from audit_entry where id = " + (last - 1));
        try {
            ChainVerification result = verifier.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtId()).isEqualTo(last - 1);
        } finally {
            jdbc.update("""
                    insert into audit_entry (id, occurred_at, actor, actor_id, source_ip, action, entity_type, entity_id,
                      region_code, changes, detail, detail_key, detail_args, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    removed.get("id"), removed.get("occurred_at"), removed.get("actor"), removed.get("actor_id"),
                    removed.get("source_ip"), removed.get("action"), removed.get("entity_type"),
                    removed.get("entity_id"), removed.get("region_code"), removed.get("changes"), removed.get("detail"),
                    removed.get("detail_key"), removed.get("detail_args"), removed.get("prev_hash"), removed.get("hash"));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    /** What an intruder with database access could do: switch the guard off, change rows, switch it on. */
    private void tamper(String sql) {
        jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update_or_delete");
        try {
            jdbc.execute(sql);
        } finally {
            jdbc.execute("alter table audit_entry enable trigger audit_entry_no_update_or_delete");
        }
    }
}
