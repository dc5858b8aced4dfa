package org.iptalent.planning.plan;

import java.time.Year;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national office's work on plans: reading them, copying one into the next period, editing its indicators,
 * bringing it into force and closing it. Every change is audited; only the national administrator changes a plan.
 */
@Service
public class PlanRecords {

    public static final String ENTITY = "Plan";
    public static final String INDICATOR = "Indicator";

    private final Plans plans;
    private final SourceCatalogue catalogue;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;

    PlanRecords(Plans plans, SourceCatalogue catalogue, AuditLog audit, ApplicationEventPublisher events,
            JdbcTemplate jdbc, java.time.Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Plan> all() {
        List<Plan> all = plans.newestFirst();
        all.forEach(plan -> plan.sortedIndicators().size());
        return all;
    }

    /** A plan with its indicators loaded. */
    @Transactional(readOnly = true)
    public Plan get(long id) {
        Plan plan = plans.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        plan.sortedIndicators().size();
        return plan;
    }

    /** The plan the dashboard shows: the one in force, else the latest that was (a draft is work in progress). */
    @Transactional(readOnly = true)
    public Plan current() {
        Plan plan = plans.inForce().or(() -> plans.newestFirst().stream()
                        .filter(p -> p.getStatus() != Plan.Status.DRAFT).findFirst())
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, "current"));
        plan.sortedIndicators().size();
        return plan;
    }

    /** The plan a request names, or the current one. */
    @Transactional(readOnly = true)
    public Plan getOrCurrent(Long id) {
        return id == null ? current() : get(id);
    }

    @Transactional
    public Plan copy(long fromId, String nameZh, String nameEn, int startsYear, int endsYear, boolean demonstration) {
        requireNational();
        Plan from = get(fromId);
        Plan copy = plans.save(from.copy(nameZh, nameEn, startsYear, endsYear, demonstration));
        plans.flush();
        events.publishEvent(new PlanCopied(from.getId(), copy.getId()));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, copy.getId())
                .message("audit.detail.planCopied", from.getNameZh(), copy.getNameZh()));
        return copy;
    }

    @Transactional
    public void describe(long id, long version, String nameZh, String nameEn, int startsYear, int endsYear) {
        requireNational();
        Plan plan = locked(id, version);
        plan.describe(nameZh, nameEn, startsYear, endsYear);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).message("audit.detail.planDescribed",
                plan.getNameZh(), String.valueOf(startsYear), String.valueOf(endsYear)));
    }

    @Transactional
    public Indicator addIndicator(long planId, IndicatorSpec spec) {
        requireNational();
        catalogue.check(spec);
        Plan plan = plans.lock(planId).orElseThrow(() -> new RecordNotFoundException(ENTITY, planId));
        Indicator indicator = plan.add(spec);
        plans.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, INDICATOR, indicator.getId())
                .message("audit.detail.indicatorAdded", plan.getNameZh(), indicator.getNameZh()));
        return indicator;
    }

    @Transactional
    public void changeIndicator(long planId, String code, long version, IndicatorSpec spec) {
        requireNational();
        catalogue.check(spec);
        Plan plan = plans.lock(planId).orElseThrow(() -> new RecordNotFoundException(ENTITY, planId));
        Indicator indicator = plan.find(code).orElseThrow(() -> new RecordNotFoundException(INDICATOR, code));
        if (indicator.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Indicator.class, indicator.getId());
        }
        IndicatorSpec before = indicator.spec();
        boolean meaningChanges = before.unit() != spec.unit() || before.direction() != spec.direction()
                || before.sourceKind() != spec.sourceKind()
                || !java.util.Objects.equals(before.sourceCode(), spec.sourceCode() == null ? null : spec.sourceCode().trim());
        if (meaningChanges && ownValues(indicator)) {
            // targets and reported values are in the indicator's unit and for its source: they would mean something else
            throw new BusinessRuleException(null, "planning.indicator.meaningFixed", indicator.getNameZh());
        }
        indicator.change(spec);
        audit.record(AuditEvent.of(AuditAction.UPDATE, INDICATOR, indicator.getId())
                .message("audit.detail.indicatorChanged", plan.getNameZh(), indicator.getNameZh(),
                        before.target().toPlainString(), indicator.getTarget().toPlainString(),
                        String.valueOf(before.targetYear()), String.valueOf(indicator.getTargetYear())));
    }

    /** Removes an indicator; one with values stays in a plan in force (its regional targets and reports count too). */
    @Transactional
    public void removeIndicator(long planId, String code) {
        requireNational();
        Plan plan = plans.lock(planId).orElseThrow(() -> new RecordNotFoundException(ENTITY, planId));
        Indicator indicator = plan.find(code).orElseThrow(() -> new RecordNotFoundException(INDICATOR, code));
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from progress_figure where indicator_id = ?)", Boolean.class, indicator.getId()))) {
            throw new BusinessRuleException(null, "planning.indicator.citedByReports", indicator.getNameZh());
        }
        plan.remove(indicator, hasValues(indicator));
        audit.record(AuditEvent.of(AuditAction.DELETE, INDICATOR, indicator.getId())
                .message("audit.detail.indicatorRemoved", plan.getNameZh(), indicator.getNameZh()));
    }

    /** Whether an indicator has values: its source's history, or values of its own. */
    boolean hasValues(Indicator indicator) {
        Boolean history = jdbc.queryForObject("select exists (select 1 from indicator_snapshot where source_code = ?)",
                Boolean.class, indicator.getSourceCode());
        return Boolean.TRUE.equals(history) || ownValues(indicator);
    }

    /** Values in the indicator's own unit and for its source: reported values, regional targets, reports' figures. */
    private boolean ownValues(Indicator indicator) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from reported_value where indicator_id = ?)
                    or exists (select 1 from regional_target where indicator_id = ?)
                    or exists (select 1 from progress_figure where indicator_id = ?)""", Boolean.class,
                indicator.getId(), indicator.getId(), indicator.getId()));
    }

    @Transactional
    public void bringIntoForce(long id, long version) {
        requireNational();
        Plan plan = locked(id, version);
        if (plan.getEndsYear() < Year.now(clock).getValue()) {
            // a period already over is history: it would become every dashboard's plan
            throw new BusinessRuleException(null, "planning.plan.periodOver", String.valueOf(plan.getEndsYear()));
        }
        plans.inForce().ifPresent(other -> {
            throw new BusinessRuleException(null, "planning.plan.otherInForce", other.getNameZh());
        });
        plan.bringIntoForce();
        try {
            plans.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            // another plan came into force meanwhile: the one-in-force index refused this one
            throw new BusinessRuleException(null, "planning.plan.otherInForceMeanwhile");
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).message("audit.detail.planInForce", plan.getNameZh()));
    }

    @Transactional
    public void close(long id, long version) {
        requireNational();
        Plan plan = locked(id, version);
        plan.close();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).message("audit.detail.planClosed", plan.getNameZh()));
    }

    private Plan locked(long id, long version) {
        Plan plan = plans.lock(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        if (plan.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Plan.class, id);
        }
        return plan;
    }

    static void requireNational() {
        if (!CurrentUser.require().has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("planning.plan.nationalOnly");
        }
    }
}
