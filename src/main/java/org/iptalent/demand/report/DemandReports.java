package org.iptalent.demand.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.demand.DemandHorizon;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.iptalent.shared.SortFields;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reported needs: an employer's account reports for its organisation while a round of the year covers it, places
 * within its organisation's province; an administration reports for an employer of its region, places within its
 * region, at any time (paper forms, late answers). Lists are the employer's own or the region's. Every report is
 * audited.
 */
@Service
public class DemandReports {

    public static final String ENTITY = "DemandReport";
    public static final SortFields SORT = SortFields.of(Sort.by(Sort.Order.desc("surveyYear"), Sort.Order.desc("id")),
            "id").with("year", "surveyYear").with("count", "headcount").with("region", "regionCode");

    /** Who reports and for which employer, with the region their places must lie in. */
    public record Reporter(long organisationId, String organisationRegion, RegionScope scope, boolean employer) {
    }

    private final DemandReportRepository reports;
    private final OrganisationRecords organisations;
    private final EmployerAccounts employers;
    private final DemandRules rules;
    private final RoundCheck rounds;
    private final AuditLog audit;

    DemandReports(DemandReportRepository reports, OrganisationRecords organisations, EmployerAccounts employers,
            ReferenceData reference, RoundCheck rounds, AuditLog audit) {
        this.reports = reports;
        this.organisations = organisations;
        this.employers = employers;
        this.rules = new DemandRules(reference);
        this.rounds = rounds;
        this.audit = audit;
    }

    /** Whether an open round covers a place and year: the rounds' part, kept apart so rounds may name reports. */
    public interface RoundCheck {
        boolean open(String regionCode, int year);
    }

    /** The reporter of a need: the employer's own organisation, or an employer of the administration's region. */
    @Transactional(readOnly = true)
    public Reporter reporter(Long organisationId) {
        CurrentUser user = CurrentUser.require();
        if (user.has(Role.EMPLOYER) && user.scope().isNothing()) {
            OrganisationView own = employers.current();
            return new Reporter(own.id(), own.regionCode(), RegionScope.of(own.regionCode().substring(0, 2) + "0000"),
                    true);
        }
        RegionScope scope = user.scope();
        if (scope.isNothing()) {
            throw new AccessDeniedException("demand.administrationOnly");
        }
        if (organisationId == null) {
            throw new BusinessRuleException("organisationId", "field.required");
        }
        OrganisationView organisation;
        try {
            organisation = organisations.get(organisationId);
        } catch (RecordNotFoundException e) {
            throw new BusinessRuleException("organisationId", "demand.organisation.unknown",
                    String.valueOf(organisationId));
        }
        return new Reporter(organisation.id(), organisation.regionCode(), scope, false);
    }

    @Transactional
    public DemandReportView report(DemandInput input) {
        Reporter reporter = reporter(input.organisationId());
        List<Problem> problems = rules.problems(input, reporter.scope());
        if (problems.isEmpty() && reporter.employer() && !rounds.open(reporter.organisationRegion(), input.year())) {
            problems = List.of(new Problem("year", "demand.round.notOpen", List.of(String.valueOf(input.year()))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DemandReport report;
        try {
            report = reports.saveAndFlush(new DemandReport(reporter.organisationId(), rules.checked(input),
                    CurrentUser.require().id()));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("demand.report.exists");
        }
        String name = names(List.of(report.getOrganisationId())).get(report.getOrganisationId());
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, report.getId()).region(report.getRegionCode())
                .message("audit.demand.reported", name, String.valueOf(report.getSurveyYear()),
                        report.getHorizon().name(), report.getCategory(), report.getHeadcount()));
        return DemandReportView.of(report, name);
    }

    /** A page of the needs the user sees: an employer its own, an administration its region's. */
    @Transactional(readOnly = true)
    public Page<DemandReportView> list(DemandFilter filter, Pageable pageable) {
        Specification<DemandReport> spec = visible();
        if (filter.year() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("surveyYear"), filter.year()));
        }
        DemandHorizon horizon = DemandRules.horizon(filter.horizon()).orElse(null);
        if (horizon != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("horizon"), horizon));
        }
        if (blank(filter.regionCode()) != null && filter.regionCode().trim().matches("\\d{6}")) {
            String prefix = RegionScope.of(filter.regionCode().trim()).likePattern();
            spec = spec.and((root, query, cb) -> cb.like(root.get("regionCode"), prefix));
        }
        if (blank(filter.team()) != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("team"), filter.team().trim()));
        }
        if (blank(filter.industryCode()) != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("industryCode"), filter.industryCode().trim()));
        }
        Page<DemandReport> page = reports.findAll(spec, pageable);
        Map<Long, String> names = names(page.getContent().stream().map(DemandReport::getOrganisationId).distinct()
                .toList());
        return page.map(r -> DemandReportView.of(r, names.get(r.getOrganisationId())));
    }

    private Specification<DemandReport> visible() {
        CurrentUser user = CurrentUser.require();
        RegionScope scope = user.scope();
        if (scope.isNothing()) {
            if (!user.has(Role.EMPLOYER)) {
                throw new AccessDeniedException("demand.administrationOnly");
            }
            long own = employers.current().id();
            return (root, query, cb) -> cb.equal(root.get("organisationId"), own);
        }
        return scope.specification("regionCode");
    }

    private Map<Long, String> names(List<Long> ids) {
        return organisations.parties(ids).stream().collect(Collectors.toMap(Organisation::getId,
                Organisation::getName, (a, b) -> a));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
