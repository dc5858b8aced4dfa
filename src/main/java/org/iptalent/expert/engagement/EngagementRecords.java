package org.iptalent.expert.engagement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.pool.CreditRecord;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Engagements: opened when a drawn expert confirms, evaluated by the engaging administration once the work is done. */
@Service
public class EngagementRecords {

    public static final String ENTITY = "ExpertEngagement";
    private static final int OUTCOME_LENGTH = 1000;

    private final Engagements engagements;
    private final CreditRecord credit;
    private final AuditLog audit;
    private final Clock clock;

    EngagementRecords(Engagements engagements, CreditRecord credit, AuditLog audit, Clock clock) {
        this.engagements = engagements;
        this.credit = credit;
        this.audit = audit;
        this.clock = clock;
    }

    /** The evaluation, once: every score 1–5 and the day the work ended, all problems at once. */
    @Transactional
    public Engagement evaluate(long id, long expectedVersion, Evaluation evaluation) {
        CurrentUser user = ExpertRecords.requireAdministrator();
        Engagement engagement = get(id);
        if (engagement.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Engagement.class, id);
        }
        List<Problem> problems = new ArrayList<>();
        score(problems, "quality", evaluation.quality());
        score(problems, "timeliness", evaluation.timeliness());
        score(problems, "conduct", evaluation.conduct());
        if (evaluation.endsOn() == null) {
            problems.add(new Problem("endsOn", "field.required"));
        } else if (evaluation.endsOn().isAfter(java.time.LocalDate.now(clock))) {
            problems.add(new Problem("endsOn", "expert.engagement.endsInFuture"));
        }
        length(problems, "outcome", evaluation.outcome());
        length(problems, "note", evaluation.note());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        engagement.evaluate(new Evaluation(evaluation.endsOn(), strip(evaluation.outcome()), evaluation.quality(),
                evaluation.timeliness(), evaluation.conduct(), strip(evaluation.note())), user.id(), clock.instant());
        engagements.saveAndFlush(engagement);
        credit.write(engagement.getExpertId(), CreditRecord.Kind.EVALUATED, evaluation.quality() + "/"
                + evaluation.timeliness() + "/" + evaluation.conduct(), user.id());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(engagement.getRegionCode())
                .message("expert.audit.evaluated", engagement.getMatter(), String.valueOf(evaluation.quality()),
                        String.valueOf(evaluation.timeliness()), String.valueOf(evaluation.conduct())));
        return engagement;
    }

    /** The engagement, if the user's region includes the administration that engaged the expert. */
    @Transactional(readOnly = true)
    public Engagement get(long id) {
        ExpertRecords.requireAdministrator();
        Engagement engagement = engagements.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        return RegionScope.current().check(engagement, ENTITY, id);
    }

    @Transactional(readOnly = true)
    public List<Engagement> ofExpert(long expertId) {
        return engagements.findByExpertIdOrderByStartsOnDescIdDesc(expertId);
    }

    private static void score(List<Problem> problems, String field, Integer value) {
        if (value == null) {
            problems.add(new Problem(field, "field.required"));
        } else if (value < 1 || value > 5) {
            problems.add(new Problem(field, "expert.engagement.scoreRange"));
        }
    }

    private static void length(List<Problem> problems, String field, String value) {
        if (value != null && value.strip().length() > OUTCOME_LENGTH) {
            problems.add(new Problem(field, "field.tooLong", List.of(OUTCOME_LENGTH)));
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
