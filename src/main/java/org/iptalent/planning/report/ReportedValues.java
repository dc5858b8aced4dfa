package org.iptalent.planning.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.audit.Changes;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.plan.PlanRegions;
import org.iptalent.reference.Division;
import org.iptalent.reference.Localized;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Values of reported indicators: a provincial administrator submits its own province's, the national administrator
 * the country's or any province's, each with a note and an evidence file; the national administrator approves or
 * rejects each once, and an approved value is the indicator's value for its region and date
 * ({@code IndicatorReadings} reads them). A refusal records nothing; every step is audited. A province sees its own
 * values, the national office every one.
 */
@Service
public class ReportedValues {

    public static final String ENTITY = "ReportedValue";

    public enum Decision { APPROVE, REJECT }

    /** A plan's indicator as the request names it. */
    private record Target(Plan plan, Indicator indicator) {
    }

    private final ReportedValueRecords values;
    private final PlanRecords plans;
    private final EvidenceFiles files;
    private final UploadedFiles uploads;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    ReportedValues(ReportedValueRecords values, PlanRecords plans, EvidenceFiles files, UploadedFiles uploads,
            ReferenceData reference, AuditLog audit, Clock clock) {
        this.uploads = uploads;
        this.values = values;
        this.plans = plans;
        this.files = files;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ReportedValueView submit(Long planId, String code, Submission submission, MultipartFile evidence,
            Locale locale) {
        CurrentUser user = CurrentUser.require();
        Target target = target(planId, code);
        Indicator indicator = target.indicator();
        if (indicator.getSourceKind() != Indicator.SourceKind.REPORTED) {
            throw new BusinessRuleException(null, "planning.reported.computedIndicator", indicator.name(Localized.isEnglish(locale)));
        }
        String region = submitterRegion(user, submission.regionCode());
        if (target.plan().getStatus() == Plan.Status.CLOSED) {
            throw new BusinessRuleException(null, "planning.reported.planClosed");
        }
        SubmissionRules.check(submission, indicator, target.plan(), LocalDate.now(clock));
        UploadedFiles.Checked file = uploads.check(evidence, EvidenceFiles.REFUSALS, "evidence");
        long fileId = uploads.store(file, user.id(), clock.instant());
        ReportedValue value = values.saveAndFlush(new ReportedValue(indicator.getId(), region, submission.asOf(),
                submission.value(), submission.note().strip(), fileId, user.id(), clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, value.getId()).region(region)
                .message("planning.reported.audit.submitted", indicator.getNameZh(),
                        AuditText.region(region),
                        submission.asOf().toString(), submission.value().toPlainString(), file.name(),
                        file.content().length));
        return view(value, indicator, locale);
    }

    /** The national administrator's decision on a submitted value, at the version the caller read. */
    @Transactional
    public ReportedValueView decide(String code, long id, long expectedVersion, Decision decision, String note,
            Locale locale) {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("planning.reported.decideNational");
        }
        if (decision == null) {
            throw new BusinessRuleException("decision", "planning.reported.decisionRequired");
        }
        ReportedValue value = values.lock(id).filter(v -> code.equals(values.codeOfIndicator(v.getIndicatorId())))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        if (value.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ReportedValue.class, id);
        }
        Target target = targetOf(value);
        if (target.plan().getStatus() == Plan.Status.CLOSED) {
            throw new BusinessRuleException(null, "planning.reported.planClosed");
        }
        String text = SubmissionRules.decisionNote(note, decision == Decision.REJECT);
        ReportedValue.State before = value.getState();
        value.decide(decision == Decision.APPROVE, text, user.id(), clock.instant());
        values.saveAndFlush(value);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(value.getRegionCode())
                .changes(Changes.of().field("state", before, value.getState()).field("decisionNote", null, text))
                .message(decision == Decision.APPROVE ? "planning.reported.audit.approved"
                        : "planning.reported.audit.rejected", target.indicator().getNameZh(),
                        AuditText.region(value.getRegionCode()),
                        value.getAsOf().toString(), value.getValue().toPlainString()));
        return view(value, target.indicator(), locale);
    }

    /** An indicator's reported values the caller may see: a province its own, the national office every region's. */
    @Transactional(readOnly = true)
    public Page<ReportedValueView> list(Long planId, String code, Pageable pageable, Locale locale) {
        RegionScope scope = readerScope();
        Indicator indicator = target(planId, code).indicator();
        Page<ReportedValue> page = scope.isNational() ? values.findByIndicatorId(indicator.getId(), pageable)
                : values.findByIndicatorIdAndRegionCode(indicator.getId(), scope.regionCode(), pageable);
        return page.map(v -> view(v, indicator, locale));
    }

    /** One value, when the caller may see it (else not found). */
    @Transactional(readOnly = true)
    public ReportedValueView get(String code, long id, Locale locale) {
        ReportedValue value = visible(code, id);
        return view(value, targetOf(value).indicator(), locale);
    }

    /** The evidence of a value the caller may see; the download is audited. */
    @Transactional
    public EvidenceFile evidence(String code, long id) {
        ReportedValue value = visible(code, id);
        EvidenceFile file = files.of(id).orElseThrow(() -> new RecordNotFoundException("PlanningFile", id));
        audit.record(AuditEvent.of(AuditAction.EXPORT, ENTITY, id).region(value.getRegionCode())
                .message("planning.reported.audit.evidenceDownloaded", file.name(),
                        targetOf(value).indicator().getNameZh(), AuditText.region(value.getRegionCode())));
        return file;
    }

    /** The value's version, when the caller may see it: what an If-Match is compared with. */
    @Transactional(readOnly = true)
    public long version(String code, long id) {
        return visible(code, id).getVersion();
    }

    /** A value of the indicator named, in the caller's region; anything else is not found. */
    private ReportedValue visible(String code, long id) {
        RegionScope scope = readerScope();
        ReportedValue value = values.findById(id)
                .filter(v -> code.equals(values.codeOfIndicator(v.getIndicatorId()))).orElse(null);
        return scope.check(value, ENTITY, id);
    }

    private static RegionScope readerScope() {
        RegionScope scope = CurrentUser.require().scope();
        if (scope.isNothing()) {
            throw new AccessDeniedException("planning.dashboard.noRegion");
        }
        return scope;
    }

    /**
     * The region a value is submitted for: a provincial administrator's own province (another is refused), the
     * national administrator's choice of the country or a province of the code list; nobody else submits.
     */
    private String submitterRegion(CurrentUser user, String asked) {
        String code = asked == null || asked.isBlank() ? null : asked.strip();
        if (user.has(Role.NATIONAL_ADMIN)) {
            if (code == null || PlanRegions.NATIONAL.equals(code)) {
                return PlanRegions.NATIONAL;
            }
            if (reference.division(code).filter(Division::isProvince).filter(Division::isMainland).isEmpty()) {
                throw new BusinessRuleException("regionCode", "planning.reported.regionNotProvince", code);
            }
            return code;
        }
        RegionScope scope = user.scope();
        if (!user.has(Role.PROVINCIAL_ADMIN) || scope.level() != RegionScope.Level.PROVINCE) {
            throw new AccessDeniedException("planning.reported.submitNotAllowed");
        }
        String own = scope.regionCode();
        if (code != null && !code.equals(own)) {
            throw new AccessDeniedException("planning.reported.regionOutside", code);
        }
        return own;
    }

    private Target target(Long planId, String code) {
        Plan plan = plans.getOrCurrent(planId);
        Indicator indicator = plan.find(code)
                .orElseThrow(() -> new RecordNotFoundException(PlanRecords.INDICATOR, code));
        return new Target(plan, indicator);
    }

    private Target targetOf(ReportedValue value) {
        long indicatorId = value.getIndicatorId();
        Plan plan = plans.get(values.planOfIndicator(indicatorId));
        return new Target(plan, plan.indicator(indicatorId)
                .orElseThrow(() -> new RecordNotFoundException(PlanRecords.INDICATOR, indicatorId)));
    }

    ReportedValueView view(ReportedValue value, Indicator indicator, Locale locale) {
        EvidenceFiles.EvidenceInfo file = files.info(value.getEvidenceId()).orElseThrow();
        String regionName = PlanRegions.NATIONAL.equals(value.getRegionCode())
                ? null : reference.regionName(value.getRegionCode(), locale);
        return new ReportedValueView(value.getId(), indicator.getCode(), value.getRegionCode(), regionName,
                value.getAsOf(), value.getValue(), value.getNote(), value.getState().name(), file.name(),
                file.mediaType(), file.size(), file.sha256(), value.getSubmittedAt(), value.getDecidedAt(),
                value.getDecisionNote(), value.getVersion());
    }
}
