package org.iptalent.planning.target.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national office publishes a plan's figures as of a month that has ended, within the plan's period, and may
 * withdraw them; the public page shows them from then on. Both are the national administrator's, and audited.
 */
@Service
public class Publications {

    public static final String ENTITY = "PlanPublication";

    private final PlanRecords plans;
    private final PlanPublications publications;
    private final PublicFigures figures;
    private final AuditLog audit;
    private final Clock clock;

    Publications(PlanRecords plans, PlanPublications publications, PublicFigures figures, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.publications = publications;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    /** A plan's publications, in force and withdrawn, latest month first. */
    @Transactional(readOnly = true)
    public List<PublicFigures.Publication> of(long planId) {
        requireNational();
        plan(planId);
        return publications.findByPlanIdOrderByMonthDescIdDesc(planId).stream().map(figures::view).toList();
    }

    @Transactional
    public PublicFigures.Publication publish(long planId, YearMonth month) {
        CurrentUser user = requireNational();
        Plan plan = plan(planId);
        if (plan.getStatus() == Plan.Status.DRAFT) {
            throw new BusinessRuleException("planning.publication.draft");
        }
        if (month == null) {
            throw new BusinessRuleException("month", "planning.publication.monthRequired");
        }
        if (month.getYear() < plan.getStartsYear() || month.getYear() > plan.getEndsYear()) {
            throw new BusinessRuleException("month", "planning.publication.outsidePeriod", month.toString(),
                    String.valueOf(plan.getStartsYear()), String.valueOf(plan.getEndsYear()));
        }
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new BusinessRuleException("month", "planning.publication.notEnded", month.toString());
        }
        if (publications.findFirstByPlanIdAndMonthAndWithdrawnAtIsNull(planId, month.atDay(1)).isPresent()) {
            throw new ConflictException("planning.publication.already", month.toString());
        }
        boolean anyFigure = figures.figures(plan, month, null).indicators().stream()
                .anyMatch(f -> f.national().value() != null);
        if (!anyFigure) {
            throw new BusinessRuleException("month", "planning.publication.noFigures", month.toString());
        }
        PlanPublication publication;
        try {
            publication = publications.saveAndFlush(new PlanPublication(planId, month, user.id(), Instant.now(clock)));
        } catch (DataIntegrityViolationException e) {
            // the same month published by another administrator meanwhile
            throw new ConflictException("planning.publication.already", month.toString());
        }
        figures.keep(publication.getId());
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, publication.getId())
                .message("planning.publication.audit.published", plan.getNameZh(), month.toString()));
        return figures.view(publication);
    }

    @Transactional
    public void withdraw(long planId, long publicationId, long expectedVersion) {
        CurrentUser user = requireNational();
        PlanPublication publication = publications.findById(publicationId).filter(p -> p.getPlanId() == planId)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, publicationId));
        if (publication.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(PlanPublication.class, publicationId);
        }
        publication.withdraw(user.id(), Instant.now(clock));
        publications.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, publicationId)
                .message("planning.publication.audit.withdrawn", plan(planId).getNameZh(),
                        publication.getMonth().toString()));
    }

    private static CurrentUser requireNational() {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("planning.publication.nationalOnly");
        }
        return user;
    }

    private Plan plan(long planId) {
        return plans.get(planId);
    }
}
