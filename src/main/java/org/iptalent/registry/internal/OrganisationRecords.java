package org.iptalent.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.Changes;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.CreditCode;
import org.iptalent.registry.OrganisationInput;
import org.iptalent.registry.OrganisationView;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations in the registry, limited to the user's region like talents. */
@Service
public class OrganisationRecords {

    /** Government bodies may have no unified social credit code on record. */
    private static final Set<String> CODE_OPTIONAL = Set.of("IP_ADMINISTRATION");

    private final Organisations organisations;
    private final ReferenceData reference;
    private final AuditLog audit;

    OrganisationRecords(Organisations organisations, ReferenceData reference, AuditLog audit) {
        this.organisations = organisations;
        this.reference = reference;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<OrganisationView> find(String q, String type, Pageable pageable) {
        RegionScope scope = RegionScope.current();
        Specification<Organisation> spec = scope.isNational() ? Specification.unrestricted()
                : scope.specification("regionCode");
        if (q != null && !q.isBlank()) {
            String like = "%" + q.trim().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.or(cb.like(cb.upper(root.get("name")), like, '\\'),
                    cb.like(root.get("creditCode"), like, '\\')));
        }
        if (type != null && !type.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), type));
        }
        return organisations.findAll(spec, pageable).map(OrganisationRecords::view);
    }

    @Transactional(readOnly = true)
    public OrganisationView get(long id) {
        return view(RegionScope.current().check(organisations.findById(id).orElse(null), "Organisation", id));
    }

    @Transactional
    public OrganisationView create(OrganisationInput input) {
        List<Problem> problems = check(input);
        String code = CreditCode.normalise(input.creditCode());
        if (problems.isEmpty() && code != null && organisations.findByCreditCode(code).isPresent()) {
            problems.add(new Problem("creditCode", "organisation.creditCode.taken", List.of(code)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Organisation organisation = organisations.saveAndFlush(new Organisation(input.name().trim(), input.type().trim(),
                code, input.regionCode().trim(), blankToNull(input.industryCode())));
        audit.record(AuditEvent.of(AuditAction.CREATE, "Organisation", organisation.getId())
                .region(organisation.getRegionCode())
                .changes(Changes.of().field("name", null, organisation.getName()).field("type", null,
                        organisation.getType()).field("creditCode", null, code)));
        return view(organisation);
    }

    List<Problem> check(OrganisationInput in) {
        List<Problem> problems = new ArrayList<>();
        if (in.name() == null || in.name().isBlank()) {
            problems.add(new Problem("name", "field.required"));
        } else if (in.name().trim().length() > 200) {
            problems.add(new Problem("name", "field.tooLong", List.of(200)));
        }
        if (in.type() == null || in.type().isBlank()) {
            problems.add(new Problem("type", "field.required"));
        } else if (reference.term(TaxonomyKind.ORGANISATION_TYPE, in.type().trim()).isEmpty()) {
            problems.add(new Problem("type", "field.unknownCode", List.of(in.type())));
        }
        boolean optional = in.type() != null && CODE_OPTIONAL.contains(in.type().trim());
        if (!(optional && CreditCode.normalise(in.creditCode()) == null)) {
            String problem = CreditCode.problem(in.creditCode());
            if (problem != null) {
                problems.add(new Problem("creditCode", problem));
            }
        }
        if (in.regionCode() == null || !reference.isRegion(in.regionCode().trim())) {
            problems.add(new Problem("regionCode", in.regionCode() == null || in.regionCode().isBlank()
                    ? "field.required" : "field.unknownCode", List.of(String.valueOf(in.regionCode()))));
        } else if (!RegionScope.current().includes(in.regionCode().trim())) {
            problems.add(new Problem("regionCode", "talent.region.outsideScope", List.of(in.regionCode())));
        }
        if (in.industryCode() != null && !in.industryCode().isBlank()
                && reference.industry(in.industryCode().trim()).filter(i -> !i.isSection()).isEmpty()) {
            problems.add(new Problem("industryCode", "field.unknownCode", List.of(in.industryCode())));
        }
        return problems;
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(o.getId(), o.getVersion(), o.getName(), o.getType(), o.getCreditCode(),
                o.getRegionCode(), o.getIndustryCode());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
