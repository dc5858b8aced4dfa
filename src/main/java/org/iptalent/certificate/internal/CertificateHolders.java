package org.iptalent.certificate.internal;

import org.iptalent.audit.AuditText;
import org.iptalent.registry.TalentReferences;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The certificates' side of a talent merge: those issued to the duplicate and those it earned elsewhere are the
 * survivor's, in the merge's transaction. Only the talent changes: the holder's name is stored with each
 * certificate as it was printed, and its region is where it was issued. Each version moves on, so that an
 * administrator's action begun before the merge is refused as stale.
 */
@Component
@Order(20)
class CertificateHolders implements TalentReferences {

    private final JdbcTemplate jdbc;

    CertificateHolders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditText move(long duplicateId, long survivorId) {
        // issuing is idempotent per type, source and talent: a certificate the survivor already holds for the same
        // type and source (never so for a class, whose source is the enrollment) stays with the duplicate
        int issued = jdbc.update("""
                update certificate c set talent_id = ?, version = version + 1, updated_at = now()
                where c.talent_id = ? and not exists (select 1 from certificate s where s.talent_id = ?
                  and s.type_id = c.type_id and s.source_kind = c.source_kind and s.source_id = c.source_id)""",
                survivorId, duplicateId, survivorId);
        int external = jdbc.update("""
                update external_certificate set talent_id = ?, version = version + 1, updated_at = now()
                where talent_id = ?""", survivorId, duplicateId);
        return issued + external == 0 ? null
                : AuditText.message("audit.detail.merge.certificatesMoved", issued, external);
    }
}
