package org.iptalent.programme.round;

import org.iptalent.audit.AuditText;
import org.iptalent.registry.TalentReferences;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The programmes' side of a talent merge, in the merge's transaction: the duplicate's nominations and selections
 * become the survivor's, except where the survivor holds one already (a nomination in the same round, a selection by
 * the same programme), which stays on the duplicate as the entry says.
 */
@Component
@Order(40)
class ProgrammeTalents implements TalentReferences {

    private final JdbcTemplate jdbc;

    ProgrammeTalents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditText move(long duplicateId, long survivorId) {
        Integer held = jdbc.queryForObject("""
                select (select count(*) from programme_nomination where talent_id = ?)
                     + (select count(*) from programme_selection where talent_id = ?)""", Integer.class,
                duplicateId, duplicateId);
        if (held == null || held == 0) {
            return null;
        }
        int nominations = jdbc.update("""
                update programme_nomination n set talent_id = ? where n.talent_id = ?
                and not exists (select 1 from programme_nomination s
                                where s.round_id = n.round_id and s.talent_id = ?)""",
                survivorId, duplicateId, survivorId);
        int selections = jdbc.update("""
                update programme_selection n set talent_id = ? where n.talent_id = ?
                and not exists (select 1 from programme_selection s
                                where s.programme_id = n.programme_id and s.talent_id = ?)""",
                survivorId, duplicateId, survivorId);
        int kept = held - nominations - selections;
        return AuditText.message("programme.audit.mergeMoved", String.valueOf(nominations),
                String.valueOf(selections), String.valueOf(kept));
    }
}
