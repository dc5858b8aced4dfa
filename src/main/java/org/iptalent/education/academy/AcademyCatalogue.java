package org.iptalent.education.academy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.education.EducationAccess;
import org.iptalent.education.degree.DegreeRules;
import org.iptalent.education.support.EducationQueries;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jointly built IP academies and research institutes in the administrator's region: listed, created (a host
 * organisation and a region of that region, founded neither in the future nor before 1980, a name once), audited.
 */
@Service
public class AcademyCatalogue {

    public static final String ENTITY = "Academy";
    static final int NAME_LENGTH = 200;
    static final int PARTNERS_LENGTH = 500;
    static final List<String> HOST_TYPES = List.of("UNIVERSITY", "IP_ACADEMY", "RESEARCH_INSTITUTE");

    private static final String FROM = """
             from ip_academy a join organisation o on o.id = a.host_id where a.region_code like :scope""";

    private final Academies academies;
    private final OrganisationRecords organisations;
    private final ReferenceData reference;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AcademyCatalogue(Academies academies, OrganisationRecords organisations, ReferenceData reference,
            NamedParameterJdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.academies = academies;
        this.organisations = organisations;
        this.reference = reference;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the region's academies, optionally of a province or city and with part of a name. */
    @Transactional(readOnly = true)
    public Page<AcademyView> find(String regionCode, String q, PageRequest page) {
        RegionScope scope = EducationAccess.scope();
        MapSqlParameterSource params = new MapSqlParameterSource("scope", scope.likePattern());
        StringBuilder where = new StringBuilder(" ").append(FROM);
        EducationQueries.region(regionCode, "a.region_code", where, params);
        EducationQueries.contains(q, "a.name", where, params);
        String select = "select a.id, a.version, a.name, a.host_id, o.name, a.partners, a.founded_on, a.region_code"
                + where + EducationQueries.orderBy(page.getSort(), "a.id");
        return EducationQueries.page(jdbc, select, "select count(*)" + where, params, page,
                (rs, n) -> new AcademyView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8)));
    }

    @Transactional(readOnly = true)
    public AcademyView get(long id) {
        return view(EducationAccess.scope().check(academies.findById(id).orElse(null), ENTITY, id));
    }

    @Transactional
    public AcademyView create(AcademyInput input) {
        RegionScope scope = EducationAccess.scope();
        List<Problem> problems = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            problems.add(new Problem("name", "field.required"));
        } else if (name.length() > NAME_LENGTH) {
            problems.add(new Problem("name", "field.tooLong", List.of(NAME_LENGTH)));
        }
        String partners = input.partners() == null ? "" : input.partners().strip();
        if (partners.isEmpty()) {
            problems.add(new Problem("partners", "field.required"));
        } else if (partners.length() > PARTNERS_LENGTH) {
            problems.add(new Problem("partners", "field.tooLong", List.of(PARTNERS_LENGTH)));
        }
        LocalDate today = LocalDate.now(clock);
        if (input.foundedOn() == null) {
            problems.add(new Problem("foundedOn", "field.required"));
        } else if (input.foundedOn().isAfter(today)) {
            problems.add(new Problem("foundedOn", "education.academy.foundedFuture"));
        } else if (input.foundedOn().getYear() < DegreeRules.EARLIEST_YEAR) {
            problems.add(new Problem("foundedOn", "education.academy.foundedTooEarly",
                    List.of(String.valueOf(DegreeRules.EARLIEST_YEAR))));
        }
        String region = input.regionCode() == null ? "" : input.regionCode().strip();
        if (region.isEmpty()) {
            problems.add(new Problem("regionCode", "field.required"));
        } else {
            reference.checkRegion("regionCode", region).ifPresentOrElse(problems::add, () -> {
                if (!scope.includes(region)) {
                    problems.add(new Problem("regionCode", "education.region.outsideScope", List.of(region)));
                }
            });
        }
        Organisation host = host(input.hostId(), scope, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (academies.existsByNameIgnoreCase(name)) {
            throw new ConflictException("education.academy.duplicate", name);
        }
        Academy academy;
        try {
            academy = academies.saveAndFlush(new Academy(name, host.getId(), partners, input.foundedOn(), region,
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("education.academy.duplicate", name);
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, academy.getId()).region(region)
                .message("education.audit.academyCreated", name, host.getName(), partners,
                        input.foundedOn().toString(), AuditText.region(region)));
        return view(academy);
    }

    /** The organisations of the administrator's region that may host an academy (universities, institutes). */
    @Transactional(readOnly = true)
    public List<Host> hosts() {
        EducationAccess.scope();
        List<Host> hosts = new ArrayList<>();
        for (String type : HOST_TYPES) {
            organisations.find(null, type, false, PageRequest.of(0, 300, Sort.by("name")))
                    .forEach(o -> hosts.add(new Host(o.id(), o.name(), o.regionCode())));
        }
        hosts.sort(java.util.Comparator.comparing(Host::name));
        return hosts;
    }

    /** An organisation a form may choose as an academy's host. */
    public record Host(long id, String name, String regionCode) {
    }

    private Organisation host(Long id, RegionScope scope, List<Problem> problems) {
        if (id == null) {
            problems.add(new Problem("hostId", "field.required"));
            return null;
        }
        Organisation found = organisations.parties(List.of(id)).stream().filter(o -> o.getId() == id.longValue())
                .findFirst().orElse(null);
        if (found == null || found.getMergedIntoId() != null || !scope.includes(found.getRegionCode())) {
            problems.add(new Problem("hostId", "education.host.unknown", List.of(String.valueOf(id))));
            return null;
        }
        return found;
    }

    private AcademyView view(Academy a) {
        String host = organisations.parties(List.of(a.getHostId())).stream().filter(o -> o.getId() == a.getHostId())
                .map(Organisation::getName).findFirst().orElse("");
        return new AcademyView(a.getId(), a.getVersion(), a.getName(), a.getHostId(), host, a.getPartners(),
                a.getFoundedOn(), a.getRegionCode());
    }
}
