package org.iptalent.registry.internal;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditRecord;
import org.iptalent.audit.AuditText;
import org.iptalent.registry.TalentReferences;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate record into the one that stays. The survivor takes the duplicate's categories,
 * qualifications, flows and account, and every module's records that name it (its enrollments, certificates …,
 * through {@link TalentReferences}, in this transaction); the duplicate is kept, marked merged, out of search and
 * counts, so that its history stays readable from the survivor's profile.
 */
@Service
public class TalentMerge {

    private final Talents talents;
    private final TalentRecords records;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final JdbcTalentAccounts accounts;
    private final ObjectProvider<TalentReferences> references;

    TalentMerge(Talents talents, TalentRecords records, JdbcTemplate jdbc, AuditLog audit,
            JdbcTalentAccounts accounts, ObjectProvider<TalentReferences> references) {
        this.talents = talents;
        this.records = records;
        this.jdbc = jdbc;
        this.audit = audit;
        this.accounts = accounts;
        this.references = references;
    }

    @Transactional
    public void merge(long survivorId, long duplicateId) {
        if (survivorId == duplicateId) {
            throw new BusinessRuleException("duplicateId", "talent.merge.same");
        }
        // both records locked, in one order, before anything is read: a second merge of either waits, and so does
        // every write that names either talent (an enrollment's key to it), until this one has moved their records
        jdbc.query("select id from talent where id in (?, ?) order by id for update", rs -> { }, survivorId,
                duplicateId);
        Talent survivor = records.visible(survivorId);
        Talent duplicate = records.visible(duplicateId);
        if (survivor.getMergedInto() != null || duplicate.getMergedInto() != null) {
            throw new BusinessRuleException("duplicateId", "talent.merge.alreadyMerged");
        }
        java.util.Set<TalentCategory> categories = new java.util.LinkedHashSet<>(survivor.getCategories());
        categories.addAll(duplicate.getCategories());
        survivor.setCategories(categories);
        jdbc.update("""
                update qualification q set talent_id = ? where talent_id = ? and not exists (select 1 from qualification s
                  where s.talent_id = ? and s.type = q.type and s.number is not distinct from q.number)""",
                survivorId, duplicateId, survivorId);
        jdbc.update("update talent_flow set talent_id = ? where talent_id = ?", survivorId, duplicateId);
        List<AuditText> moved = new ArrayList<>();
        moved.add(accounts.merge(duplicateId, survivorId));
        references.orderedStream().forEach(module -> moved.add(module.move(duplicateId, survivorId)));
        moved.removeIf(java.util.Objects::isNull);
        duplicate.mergeInto(survivor);
        survivor.clearFingerprint();
        talents.saveAndFlush(duplicate);
        talents.saveAndFlush(survivor);
        // the modules' texts of what moved with the duplicate; a merge that moved nothing reads as it always did
        AuditEvent mergedIn = AuditEvent.of(AuditAction.UPDATE, TalentRecords.ENTITY, survivorId)
                .region(survivor.getRegionCode());
        audit.record(moved.isEmpty()
                ? mergedIn.message("audit.detail.talentMergedIn", String.valueOf(duplicateId), duplicate.getName(),
                        duplicate.getIdentityMasked())
                : mergedIn.message("audit.detail.talentMergedInWith", String.valueOf(duplicateId),
                        duplicate.getName(), duplicate.getIdentityMasked(), moved));
        audit.record(AuditEvent.of(AuditAction.UPDATE, TalentRecords.ENTITY, duplicateId)
                .region(duplicate.getRegionCode()).message("audit.detail.talentMergedInto", String.valueOf(survivorId)));
    }

    /** The survivor's history together with that of every record merged into it, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> history(long id) {
        List<AuditRecord> history = new ArrayList<>(audit.history(TalentRecords.ENTITY, String.valueOf(id)));
        for (Long merged : jdbc.queryForList("select id from talent where merged_into_id = ?", Long.class, id)) {
            history.addAll(audit.history(TalentRecords.ENTITY, String.valueOf(merged)));
        }
        history.sort(java.util.Comparator.comparing(AuditRecord::id).reversed());
        return history;
    }
}
