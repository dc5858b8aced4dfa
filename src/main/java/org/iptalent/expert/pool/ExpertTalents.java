package org.iptalent.expert.pool;

import org.iptalent.audit.AuditText;
import org.iptalent.registry.TalentReferences;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pool's side of a talent merge: the duplicate's appointment becomes the survivor's, in the merge's transaction.
 * A person is one expert: when both records were appointed, the survivor's appointment stays and the duplicate's
 * stays on the duplicate (which the merge hides), as the entry says.
 */
@Component
@Order(30)
class ExpertTalents implements TalentReferences {

    private final JdbcTemplate jdbc;

    ExpertTalents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditText move(long duplicateId, long survivorId) {
        Integer duplicate = jdbc.queryForObject("select count(*) from expert where talent_id = ?", Integer.class,
                duplicateId);
        if (duplicate == null || duplicate == 0) {
            return null;
        }
        int moved = jdbc.update("""
                update expert set talent_id = ?, version = version + 1, updated_at = now()
                where talent_id = ? and not exists (select 1 from expert s where s.talent_id = ?)""",
                survivorId, duplicateId, survivorId);
        return AuditText.message(moved == 1 ? "expert.audit.mergeMoved" : "expert.audit.mergeKept");
    }
}
