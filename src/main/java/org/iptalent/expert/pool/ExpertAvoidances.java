package org.iptalent.expert.pool;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What keeps an expert out of a draw besides its status: organisations it declared it works for or advises (avoided
 * when they are a matter's party), and periods of leave or unavailability.
 */
@Service
public class ExpertAvoidances {

    private static final int NOTE_LENGTH = 300;

    private final ExpertRecords records;
    private final OrganisationRecords organisations;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    ExpertAvoidances(ExpertRecords records, OrganisationRecords organisations, AuditLog audit, JdbcTemplate jdbc) {
        this.records = records;
        this.organisations = organisations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    public ExpertView declareConflict(long expertId, Long organisationId, String note) {
        ExpertRecords.requireAdministrator();
        Expert expert = records.visible(expertId);
        List<Problem> problems = new ArrayList<>();
        Organisation organisation = organisationId == null ? null
                : organisations.parties(List.of(organisationId)).stream()
                        .filter(o -> o.getId().equals(organisationId)).findFirst().orElse(null);
        if (organisationId == null) {
            problems.add(new Problem("organisationId", "field.required"));
        } else if (organisation == null) {
            problems.add(new Problem("organisationId", "expert.organisationUnknown", List.of(String.valueOf(organisationId))));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_LENGTH) {
            problems.add(new Problem("note", "field.tooLong", List.of(NOTE_LENGTH)));
        }
        ExpertRules.throwIfAny(problems);
        try {
            jdbc.update("insert into expert_conflict (expert_id, organisation_id, note, declared_at) values (?, ?, ?, now())",
                    expertId, organisationId, text);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("organisationId", "expert.conflictDeclared", organisation.getName());
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, ExpertRecords.ENTITY, expertId).region(expert.getRegionCode())
                .message("expert.audit.conflictDeclared", organisation.getName()));
        return records.view(expert);
    }

    @Transactional
    public ExpertView withdrawConflict(long expertId, long conflictId) {
        ExpertRecords.requireAdministrator();
        Expert expert = records.visible(expertId);
        if (jdbc.update("delete from expert_conflict where id = ? and expert_id = ?", conflictId, expertId) == 0) {
            throw new RecordNotFoundException("ExpertConflict", conflictId);
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, ExpertRecords.ENTITY, expertId).region(expert.getRegionCode())
                .message("expert.audit.conflictWithdrawn", String.valueOf(conflictId)));
        return records.view(expert);
    }

    @Transactional
    public ExpertView addLeave(long expertId, LocalDate startsOn, LocalDate endsOn, String reason) {
        ExpertRecords.requireAdministrator();
        Expert expert = records.visible(expertId);
        List<Problem> problems = new ArrayList<>();
        if (startsOn == null) {
            problems.add(new Problem("startsOn", "field.required"));
        }
        if (endsOn == null) {
            problems.add(new Problem("endsOn", "field.required"));
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new Problem("endsOn", "expert.leaveEndsBeforeStart"));
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > NOTE_LENGTH) {
            problems.add(new Problem("reason", "field.tooLong", List.of(NOTE_LENGTH)));
        }
        ExpertRules.throwIfAny(problems);
        jdbc.update("insert into expert_leave (expert_id, starts_on, ends_on, reason) values (?, ?, ?, ?)", expertId,
                startsOn, endsOn, text);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ExpertRecords.ENTITY, expertId).region(expert.getRegionCode())
                .message("expert.audit.leaveAdded", startsOn.toString(), endsOn.toString()));
        return records.view(expert);
    }
}
