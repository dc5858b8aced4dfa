package org.iptalent.planning.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.plan.PlanRegions;
import org.iptalent.planning.progress.IndicatorReading;
import org.iptalent.planning.progress.IndicatorReadings;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's mid-term or final evaluation: its indicators as the history stood at the end of the evaluation's month,
 * the provinces ranked on them and the progress reports per task. The national administrator evaluates the country;
 * a provincial administrator its own province (its indicators against its own targets, its reports, no ranking of
 * the others); nobody else has one. The PDF's download is audited as an export.
 */
@Service
public class PlanEvaluation {

    private final PlanRecords plans;
    private final IndicatorReadings readings;
    private final ProvinceRankings rankings;
    private final TaskReportSummaries reports;
    private final EvaluationDocument document;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    PlanEvaluation(PlanRecords plans, IndicatorReadings readings, ProvinceRankings rankings,
            TaskReportSummaries reports, EvaluationDocument document, ReferenceData reference,
            MessageSource messages, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.readings = readings;
        this.rankings = rankings;
        this.reports = reports;
        this.document = document;
        this.reference = reference;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The evaluation, names in the locale's language; a month not over yet has none. */
    @Transactional(readOnly = true)
    public Evaluation of(long planId, EvaluationKind kind, Locale locale) {
        String region = regionOf(CurrentUser.require());
        Plan plan = plans.get(planId);
        YearMonth month = kind.month(plan.getStartsYear(), plan.getEndsYear());
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new BusinessRuleException(null, "planning.evaluation.notYet",
                    String.valueOf(month.getYear()));
        }
        boolean english = "en".equals(locale.getLanguage());
        List<Indicator> order = plan.sortedIndicators();
        List<Evaluation.Line> lines = readings.read(plan, region, month).stream()
                .sorted(Comparator.comparingInt(r -> order.indexOf(r.indicator())))
                .map(r -> line(r, kind, english)).toList();
        boolean national = PlanRegions.NATIONAL.equals(region);
        return new Evaluation(plan.getId(), plan.name(english), plan.getStartsYear(), plan.getEndsYear(),
                plan.isDemonstration(), kind, month, region, national ? null : reference.regionName(region, locale),
                lines, national ? rankings.of(plan, month, locale) : List.of(),
                reports.of(plan.getId(), month.getYear(), english), Instant.now(clock));
    }

    /** The evaluation as an A4 PDF in the locale's language, audited as an export (a write: not read-only). */
    @Transactional
    public EvaluationPdf pdf(long planId, EvaluationKind kind, Locale locale) {
        Evaluation evaluation = of(planId, kind, locale);
        byte[] content = document.render(evaluation, locale);
        audit.record(AuditEvent.of(AuditAction.EXPORT, PlanRecords.ENTITY, planId)
                .region(evaluation.national() ? null : evaluation.regionCode())
                .message("planning.evaluation.audit." + kind, evaluation.planName(),
                        String.valueOf(evaluation.month().getYear())));
        String fileName = messages.getMessage("planning.evaluation.fileName", new Object[] {evaluation.planName(),
                messages.getMessage("planning.evaluation.kind." + kind, null, locale)}, locale);
        return new EvaluationPdf(fileName, content);
    }

    private static Evaluation.Line line(IndicatorReading r, EvaluationKind kind, boolean english) {
        Indicator i = r.indicator();
        return new Evaluation.Line(i.getCode(), i.name(english), i.getUnit(), i.getDirection(), i.getTargetYear(),
                r.value(), r.target(), r.progress(), r.status(), kind == EvaluationKind.MIDTERM ? r.projection() : null,
                r.sourceThere());
    }

    /** The country for the national administrator, the province for its administrator; anyone else has none. */
    static String regionOf(CurrentUser user) {
        RegionScope scope = user.scope();
        if (user.has(Role.NATIONAL_ADMIN) && scope.isNational()) {
            return PlanRegions.NATIONAL;
        }
        if (user.has(Role.PROVINCIAL_ADMIN) && !scope.isNothing() && scope.level() == RegionScope.Level.PROVINCE) {
            return scope.regionCode();
        }
        throw new AccessDeniedException("planning.evaluation.forbidden");
    }
}
