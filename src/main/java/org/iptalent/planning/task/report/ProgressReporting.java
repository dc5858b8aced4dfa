package org.iptalent.planning.task.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.audit.Changes;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.Plans;
import org.iptalent.planning.task.PlanHeader;
import org.iptalent.planning.task.PlanTask;
import org.iptalent.planning.task.PlanTasks;
import org.iptalent.planning.task.ReportingPeriod;
import org.iptalent.planning.task.ReportingPeriods;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Progress reports: a province's administrator writes, attaches to and submits its region's report on a task it is
 * responsible for, for a period of an open plan that has begun; the national administrator accepts it or returns it
 * with a note. The region is the writer's own, checked against the task's regions in the database; another region's
 * report is not found. A refusal says why in the user's language and records nothing; every change is audited.
 */
@Service
public class ProgressReporting {

    static final String ENTITY = "ProgressReport";

    public enum Decision { ACCEPT, RETURN }

    /** A report slot as its form needs it: the plan, task, period, the plan's indicators and the report, if any. */
    public record Slot(PlanHeader plan, PlanTask task, ReportingPeriod period,
            String regionCode, List<Indicator> indicators, ReportView report, SlotState state, boolean begun,
            boolean writable) {
    }

    private record Context(Plan plan, PlanTask task, ReportingPeriod period) {
    }

    private final ProgressReports reports;
    private final PlanTasks tasks;
    private final ReportingPeriods periods;
    private final Plans plans;
    private final ReportFiles files;
    private final ReportNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    ProgressReporting(ProgressReports reports, PlanTasks tasks, ReportingPeriods periods, Plans plans,
            ReportFiles files, ReportNotices notices, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.tasks = tasks;
        this.periods = periods;
        this.plans = plans;
        this.files = files;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in province's slot of a task and period: its report so far, and whether it may write it now. */
    @Transactional(readOnly = true)
    public Slot slot(long taskId, long periodId) {
        String region = writerRegion();
        Context context = context(taskId, periodId);
        requireResponsible(context, region);
        ProgressReport report = reports.findByTaskIdAndPeriodIdAndRegionCode(taskId, periodId, region).orElse(null);
        LocalDate today = LocalDate.now(clock);
        boolean writable = writableNow(context, today) && (report == null || report.isEditable());
        return new Slot(PlanHeader.of(context.plan()), context.task(), context.period(),
                region, context.plan().sortedIndicators(), report == null ? null : view(report, context),
                SlotState.of(report == null ? null : report.getState(), context.period(), today),
                context.period().hasBegun(today), writable);
    }

    /**
     * Writes the signed-in province's report (a new one when {@code expectedVersion} is null) and submits it when
     * {@code submit}: its text and figures replace what it said.
     */
    @Transactional
    public ReportView save(long taskId, long periodId, Long expectedVersion, ReportInput input, boolean submit) {
        String region = writerRegion();
        long userId = CurrentUser.require().id();
        Context context = context(taskId, periodId);
        requireWritable(context, region);
        ProgressReport report = reports.findByTaskIdAndPeriodIdAndRegionCode(taskId, periodId, region).orElse(null);
        if (report != null && (expectedVersion == null || report.getVersion() != expectedVersion)) {
            throw new ObjectOptimisticLockingFailureException(ProgressReport.class, report.getId());
        }
        if (report == null && expectedVersion != null) {
            throw new ObjectOptimisticLockingFailureException(ProgressReport.class, taskId);
        }
        if (report != null) {
            report.requireEditable();
        }
        List<Figure> figures = ReportRules.check(input, indicatorsByCode(context.plan()));
        boolean created = report == null;
        if (created) {
            report = new ProgressReport(taskId, periodId, region);
        }
        ProgressReport.State before = report.getState();
        report.write(input.text().strip(), figures, userId);
        if (submit) {
            report.submit(userId, clock.instant());
        }
        try {
            reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException e) {
            // only the one-report-per-slot key means someone else wrote it first; anything else is not a race
            if (!(e.getMostSpecificCause() instanceof java.sql.SQLException sql) || !"23505".equals(sql.getSQLState())) {
                throw e;
            }
            throw new ConflictException("planning.task.report.writtenMeanwhile");
        }
        audit.record(AuditEvent.of(created ? AuditAction.CREATE : AuditAction.UPDATE, ENTITY, report.getId())
                .region(region).changes(Changes.of().field("state", created ? null : before, report.getState()))
                .message(submit ? "planning.task.audit.reportSubmitted" : "planning.task.audit.reportSaved",
                        context.task().label(), String.valueOf(context.period().getYear()), AuditText.region(region), figures.size(),
                        report.getText().length()));
        return view(report, context);
    }

    @Transactional
    public ReportView attach(long reportId, long expectedVersion, MultipartFile upload) {
        ProgressReport report = ownEditable(reportId, expectedVersion);
        UploadedFiles.Checked file = files.check(upload);
        report.attach(files.store(file, CurrentUser.require().id(), clock.instant()));
        reports.saveAndFlush(report);
        Context context = context(report.getTaskId(), report.getPeriodId());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, reportId).region(report.getRegionCode())
                .message("planning.task.audit.fileAttached", context.task().label(),
                        String.valueOf(context.period().getYear()),
                        file.name(), file.content().length));
        return view(report, context);
    }

    @Transactional
    public ReportView detach(long reportId, long expectedVersion, long fileId) {
        ProgressReport report = ownEditable(reportId, expectedVersion);
        Context context = context(report.getTaskId(), report.getPeriodId());
        String name = files.of(reportId).stream().filter(f -> f.id() == fileId).map(ReportFiles.FileInfo::name)
                .findFirst().orElseThrow(() -> new RecordNotFoundException("PlanningFile", fileId));
        report.detach(fileId);
        reports.saveAndFlush(report);
        files.delete(fileId);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, reportId).region(report.getRegionCode())
                .message("planning.task.audit.fileRemoved", context.task().label(),
                        String.valueOf(context.period().getYear()),
                        name));
        return view(report, context);
    }

    /** The national administrator accepts a submitted report, or returns it with a note (required). */
    @Transactional
    public ReportView review(long reportId, long expectedVersion, Decision decision, String note) {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("planning.task.report.reviewNational");
        }
        if (decision == null) {
            throw new BusinessRuleException("decision", "field.required");
        }
        ProgressReport report = reports.findById(reportId)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, reportId));
        Context context = context(report.getTaskId(), report.getPeriodId());
        requireInForce(context);
        if (report.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ProgressReport.class, reportId);
        }
        ProgressReport.State before = report.getState();
        String text = ReportRules.note(note, decision == Decision.RETURN);
        if (decision == Decision.ACCEPT) {
            report.accept(user.id(), clock.instant());
        } else {
            report.giveBack(text, user.id(), clock.instant());
        }
        reports.saveAndFlush(report);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, reportId).region(report.getRegionCode())
                .changes(Changes.of().field("state", before, report.getState()).field("reviewNote", null, text))
                .message(decision == Decision.ACCEPT ? "planning.task.audit.reportAccepted"
                        : "planning.task.audit.reportReturned", context.task().label(),
                        String.valueOf(context.period().getYear()),
                        AuditText.region(report.getRegionCode())));
        notices.reviewed(report, context.task(), context.period());
        return view(report, context);
    }

    /** A report the user may see: the national administrator's any, a province's its own; any other is not found. */
    @Transactional(readOnly = true)
    public ReportView get(long reportId) {
        ProgressReport report = visible(reportId);
        return view(report, context(report.getTaskId(), report.getPeriodId()));
    }

    /** An attachment of a report the user may see; the download is audited. */
    @Transactional
    public UploadedFiles.StoredFile file(long reportId, long fileId) {
        ProgressReport report = visible(reportId);
        UploadedFiles.StoredFile file = files.content(reportId, fileId)
                .orElseThrow(() -> new RecordNotFoundException("PlanningFile", fileId));
        audit.record(AuditEvent.of(AuditAction.EXPORT, ENTITY, reportId).region(report.getRegionCode())
                .message("planning.task.audit.fileDownloaded", file.name()));
        return file;
    }

    /** A task's reports the user may see (a province its own), of one year or every one. */
    @Transactional(readOnly = true)
    public Page<ReportView> ofTask(long taskId, Integer year, Pageable pageable) {
        RegionScope scope = readableScope();
        PlanTask task = tasks.findById(taskId).orElseThrow(() -> new RecordNotFoundException("PlanTask", taskId));
        Specification<ProgressReport> spec = scope.<ProgressReport>specification("regionCode")
                .and((root, query, cb) -> cb.equal(root.get("taskId"), taskId));
        if (year != null) {
            long periodId = periods.ofPlan(task.getPlanId()).stream().filter(p -> p.getYear() == year)
                    .map(ReportingPeriod::getId).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("year", "planning.task.report.noSuchPeriod", String.valueOf(year)));
            spec = spec.and((root, query, cb) -> cb.equal(root.get("periodId"), periodId));
        }
        Plan plan = plan(task.getPlanId());
        Map<Long, ReportingPeriod> byId = new LinkedHashMap<>();
        periods.ofPlan(task.getPlanId()).forEach(p -> byId.put(p.getId(), p));
        return reports.findAll(spec, pageable).map(r -> view(r, new Context(plan, task, byId.get(r.getPeriodId()))));
    }

    /** The period of a task's plan in a given year: what the API names a report's period by. */
    @Transactional(readOnly = true)
    public long periodOf(long taskId, int year) {
        PlanTask task = tasks.findById(taskId).orElseThrow(() -> new RecordNotFoundException("PlanTask", taskId));
        return periods.ofPlan(task.getPlanId()).stream().filter(p -> p.getYear() == year)
                .map(ReportingPeriod::getId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("period", "planning.task.report.noSuchPeriod", String.valueOf(year)));
    }

    private ProgressReport ownEditable(long reportId, long expectedVersion) {
        String region = writerRegion();
        ProgressReport report = reports.findById(reportId).filter(r -> r.getRegionCode().equals(region))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, reportId));
        if (report.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ProgressReport.class, reportId);
        }
        requireWritable(context(report.getTaskId(), report.getPeriodId()), region);
        report.requireEditable();
        return report;
    }

    private ProgressReport visible(long reportId) {
        return readableScope().check(reports.findById(reportId).orElse(null), ENTITY, reportId);
    }

    private static RegionScope readableScope() {
        RegionScope scope = CurrentUser.require().scope();
        if (scope.isNothing()) {
            throw new AccessDeniedException("problem.forbidden");
        }
        return scope;
    }

    /** The province a report is written for: the signed-in provincial administrator's own. */
    private static String writerRegion() {
        CurrentUser user = CurrentUser.require();
        RegionScope scope = user.scope();
        if (!user.has(Role.PROVINCIAL_ADMIN) || scope.level() != RegionScope.Level.PROVINCE) {
            throw new AccessDeniedException("planning.task.report.provincesOnly");
        }
        return scope.regionCode();
    }

    private void requireWritable(Context context, String region) {
        requireResponsible(context, region);
        LocalDate today = LocalDate.now(clock);
        requireInForce(context);
        if (!context.period().hasBegun(today)) {
            throw new BusinessRuleException("period", "planning.task.report.periodNotBegun",
                    String.valueOf(context.period().getYear()));
        }
    }

    /** A task the region is not responsible for is refused outright, whether it writes or only looks. */
    private static void requireResponsible(Context context, String region) {
        if (!context.task().isResponsible(region)) {
            throw new BusinessRuleException(null, "planning.task.report.notResponsible", context.task().label());
        }
    }

    /** Only the plan in force takes reports: a draft's tasks are still being written, a closed plan's are done. */
    private static void requireInForce(Context context) {
        switch (context.plan().getStatus()) {
            case DRAFT -> throw new BusinessRuleException(null, "planning.task.report.planDraft");
            case CLOSED -> throw new BusinessRuleException(null, "planning.task.report.planClosed");
            case IN_FORCE -> {
            }
        }
    }

    private static boolean writableNow(Context context, LocalDate today) {
        return context.plan().getStatus() == Plan.Status.IN_FORCE && context.period().hasBegun(today);
    }

    private Context context(long taskId, long periodId) {
        PlanTask task = tasks.findById(taskId).orElseThrow(() -> new RecordNotFoundException("PlanTask", taskId));
        ReportingPeriod period = periods.findById(periodId).filter(p -> p.getPlanId() == task.getPlanId())
                .orElseThrow(() -> new RecordNotFoundException("ReportingPeriod", periodId));
        return new Context(plan(task.getPlanId()), task, period);
    }

    private Plan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new RecordNotFoundException("Plan", planId));
    }

    private static Map<String, Indicator> indicatorsByCode(Plan plan) {
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        plan.sortedIndicators().forEach(i -> byCode.put(i.getCode(), i));
        return byCode;
    }

    private ReportView view(ProgressReport report, Context context) {
        Map<Long, Indicator> indicators = new LinkedHashMap<>();
        context.plan().sortedIndicators().forEach(i -> indicators.put(i.getId(), i));
        List<ReportView.FigureView> figures = report.getFigures().stream().map(f -> {
            Indicator indicator = indicators.get(f.getIndicatorId());
            return new ReportView.FigureView(indicator.getCode(), indicator.getNameZh(), indicator.getNameEn(),
                    indicator.getUnit().name(), f.getValue(), f.getComment());
        }).toList();
        ReportingPeriod period = context.period();
        Instant first = report.getFirstSubmittedAt();
        boolean late = first != null && LocalDate.ofInstant(first, clock.getZone()).isAfter(period.getDueOn());
        LocalDate today = LocalDate.now(clock);
        return new ReportView(report.getId(), report.getVersion(), report.getTaskId(), context.task().label(),
                context.task().getTitleZh(), context.task().getTitleEn(), context.plan().getId(), period.getId(),
                period.getYear(), period.getDueOn(), report.getRegionCode(), report.getState(),
                SlotState.of(report.getState(), period, today), report.getText(), figures,
                report.getId() == null ? List.of() : files.of(report.getId()), first, report.getSubmittedAt(),
                report.getReviewedAt(), report.getReviewNote(), late,
                report.isEditable() && writableNow(context, today));
    }
}
