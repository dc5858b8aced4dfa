package org.iptalent.planning.target;

import java.math.BigDecimal;
import java.util.Locale;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting regional targets: the national administrator assigns each province its target for an indicator of a plan
 * that is not closed, a provincial administrator refines its own province's and assigns its cities theirs. Whose
 * target a user may set is decided here from the user's region and the division list, whatever a page offered;
 * every change is audited and made against the version the user read.
 */
@Service
public class TargetAssignments {

    public static final String ENTITY = "RegionalTarget";
    /** The code list's kind of a province's directly administered counties (429000, 469000…). */
    private static final String COUNTY_GROUP = "province_administered_county_group";

    private final PlanRecords plans;
    private final RegionalTargets targets;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final MessageSource messages;

    TargetAssignments(PlanRecords plans, RegionalTargets targets, ReferenceData reference, AuditLog audit,
            MessageSource messages) {
        this.plans = plans;
        this.targets = targets;
        this.reference = reference;
        this.audit = audit;
        this.messages = messages;
    }

    /** A region's target as it stands, for a region the user sees. */
    @Transactional(readOnly = true)
    public TargetView get(long planId, String indicatorCode, String regionCode) {
        Indicator indicator = indicator(plan(planId), indicatorCode);
        Division division = visibleDivision(regionCode);
        return view(indicator, division, targets.findByIndicatorIdAndRegionCode(indicator.getId(), regionCode)
                .orElse(null));
    }

    /**
     * Sets a region's target as the user may: the national administrator assigns a province's, a provincial
     * administrator refines its own province's or assigns one of its cities'. {@code expectedVersion} is the target's
     * version as read, 0 when it had none; another is a stale edit and changes nothing.
     */
    @Transactional
    public TargetView set(long planId, String indicatorCode, String regionCode, BigDecimal value, long expectedVersion) {
        CurrentUser user = CurrentUser.require();
        Plan plan = plan(planId);
        Indicator indicator = indicator(plan, indicatorCode);
        Division division = division(regionCode);
        TargetRules.Action action = action(user, plan, division);
        checkValue(indicator, division, value);
        RegionalTarget target = targets.findByIndicatorIdAndRegionCode(indicator.getId(), regionCode).orElse(null);
        long current = target == null ? 0 : target.revision();
        if (current != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(RegionalTarget.class, regionCode);
        }
        boolean created = target == null;
        if (created) {
            target = new RegionalTarget(indicator.getId(), regionCode);
        }
        BigDecimal before = action == TargetRules.Action.ASSIGN ? target.getAssigned() : target.getRefined();
        boolean refinementDropped = false;
        if (action == TargetRules.Action.ASSIGN) {
            refinementDropped = target.assign(value, indicator.getDirection(), user.id());
        } else {
            target.refine(value, indicator.getDirection(), user.id());
        }
        try {
            target = targets.saveAndFlush(target);
        } catch (DataIntegrityViolationException e) {
            // another user set the region's first target meanwhile: what this user read is stale
            throw new ObjectOptimisticLockingFailureException(RegionalTarget.class, regionCode);
        }
        audit.record(AuditEvent.of(created ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, target.getId())
                .region(regionCode)
                .message(action == TargetRules.Action.ASSIGN ? "planning.target.audit.assigned"
                                : "planning.target.audit.refined", plan.getNameZh(), indicator.getNameZh(),
                        AuditText.region(regionCode), before == null ? "-" : before.toPlainString(),
                        value.toPlainString()));
        if (refinementDropped) {
            audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, target.getId()).region(regionCode)
                    .message("planning.target.audit.refinementDropped", indicator.getNameZh(),
                            AuditText.region(regionCode)));
        }
        return view(indicator, division, target);
    }

    /**
     * Refuses a change the user may not make whatever the value (a region outside its own or of the wrong level, a
     * city administrator, a closed plan): what an API checks before it compares versions.
     */
    @Transactional(readOnly = true)
    public void checkMayChange(long planId, String indicatorCode, String regionCode) {
        Plan plan = plan(planId);
        indicator(plan, indicatorCode);
        action(CurrentUser.require(), plan, division(regionCode));
    }

    private TargetRules.Action action(CurrentUser user, Plan plan, Division division) {
        TargetRules.Action action = TargetRules.action(user.scope(), region(division));
        if (plan.getStatus() == Plan.Status.CLOSED) {
            throw new BusinessRuleException(null, "planning.target.planClosed", plan.name(english()));
        }
        return action;
    }

    /** A count's share is at most the whole it is a part of: the country's target, or the province's for a city. */
    private void checkValue(Indicator indicator, Division division, BigDecimal value) {
        BigDecimal whole = indicator.getTarget();
        String wholeName = messages.getMessage("planning.target.country", null, locale());
        if (!division.isProvince()) {
            RegionalTarget province = targets.findByIndicatorIdAndRegionCode(indicator.getId(), division.parentCode())
                    .orElse(null);
            if (province != null && province.effective() != null) {
                whole = province.effective();
                wholeName = reference.regionName(division.parentCode(), locale());
            }
        }
        TargetRules.checkValue(indicator.getUnit(), value, whole, wholeName);
    }

    private Plan plan(long planId) {
        return plans.get(planId);
    }

    static Indicator indicator(Plan plan, String code) {
        return plan.find(code).orElseThrow(() -> new RecordNotFoundException(PlanRecords.INDICATOR, code));
    }

    private Division division(String regionCode) {
        return reference.division(regionCode == null ? "" : regionCode).orElseThrow(() -> new BusinessRuleException(
                "regionCode", ReferenceData.UNKNOWN_CODE, regionCode));
    }

    /** A division inside the user's region; any other is not found, as every record outside a user's region. */
    private Division visibleDivision(String regionCode) {
        RegionScope scope = CurrentUser.require().scope();
        Division division = division(regionCode);
        if (scope.isNothing() || !scope.includes(regionCode)) {
            throw new RecordNotFoundException(ENTITY, regionCode);
        }
        return division;
    }

    private TargetRules.Region region(Division division) {
        return new TargetRules.Region(division.code(), reference.regionName(division.code(), locale()),
                division.isProvince(), division.isProvince() ? division.code() : division.parentCode(),
                division.isMainland(), COUNTY_GROUP.equals(division.kind()));
    }

    private TargetView view(Indicator indicator, Division division, RegionalTarget target) {
        return new TargetView(indicator.getCode(), division.code(), reference.regionName(division.code(), locale()),
                target == null ? null : target.getAssigned(), target == null ? null : target.getRefined(),
                target == null ? null : target.effective(), target == null ? 0 : target.revision());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static boolean english() {
        return "en".equals(locale().getLanguage());
    }
}
