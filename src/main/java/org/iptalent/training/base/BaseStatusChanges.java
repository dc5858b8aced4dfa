package org.iptalent.training.base;

import static org.iptalent.training.base.TrainingBaseRecords.ENTITY;
import static org.iptalent.training.base.TrainingBaseRecords.parse;
import static org.iptalent.training.base.TrainingBaseRecords.statusText;

import java.time.Clock;
import java.time.LocalDate;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** An administrator's change of a base's status outside an assessment, audited with its reason. */
@Component
class BaseStatusChanges {

    private final TrainingBases bases;
    private final AuditLog audit;
    private final Clock clock;
    private final BaseReach reach;

    BaseStatusChanges(TrainingBases bases, AuditLog audit, Clock clock, BaseReach reach) {
        this.bases = bases;
        this.audit = audit;
        this.clock = clock;
        this.reach = reach;
    }

    /**
     * An administrator's change of a base's status outside an assessment (putting it under review, most often),
     * dated today, with its reason.
     */
    BaseView changeStatus(long id, long expectedVersion, String status, String reason) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = reach.administered(user, id);
        BaseReach.requireVersion(base, expectedVersion);
        BaseStatus target = parse(BaseStatus.class, "status", status, "trainingBase.filter.status");
        if (target == null) {
            throw new BusinessRuleException("status", "field.required");
        }
        if (reason != null && reason.trim().length() > 1000) {
            throw new BusinessRuleException("reason", "field.tooLong", 1000);
        }
        BaseStatus from = base.getStatus();
        StatusChange change = base.changeStatus(target, LocalDate.now(clock), reason, Decider.of(user), null);
        // flushed, never saved: merging the managed base would copy its new history step as an empty row
        bases.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(base.getRegionCode())
                .message("audit.detail.trainingBaseStatus", statusText(from), statusText(target),
                        change.getReason()));
        return reach.view(base);
    }
}
