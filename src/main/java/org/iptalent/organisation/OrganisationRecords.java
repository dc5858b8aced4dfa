package org.iptalent.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.audit.Changes;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.organisation.internal.Organisations;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations: registered, edited, verified and merged here, limited to the user's region like talents; and
 * the look-ups by which other modules find the organisation a record of theirs names.
 */
@Service
public class OrganisationRecords {

    /** Government bodies may have no unified social credit code on record. */
    private static final Set<String> CODE_OPTIONAL = Set.of("IP_ADMINISTRATION");

    private final Organisations organisations;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<OrganisationReferences> references;

    OrganisationRecords(Organisations organisations, ReferenceData reference, AuditLog audit,
            ApplicationEventPublisher events, ObjectProvider<OrganisationReferences> references) {
        this.organisations = organisations;
        this.reference = reference;
        this.audit = audit;
        this.events = events;
        this.references = references;
    }

    /**
     * The organisation with this unified social credit code (normalised), whatever the user's region: a record
     * of another module names its organisation by code.
     */
    @Transactional(readOnly = true)
    public Optional<Organisation> withCreditCode(String creditCode) {
        return organisations.findByCreditCode(creditCode);
    }

    /**
     * At most two organisations not merged away with exactly this name whose region code starts with
     * {@code regionPrefix}: one is the organisation a name means there, two that it is ambiguous.
     */
    @Transactional(readOnly = true)
    public List<Organisation> named(String name, String regionPrefix) {
        return organisations.findTop2ByNameAndRegionCodeStartingWithAndMergedIntoIdIsNull(name, regionPrefix);
    }

    /** The organisations of the user's region (merged ones never), optionally only those awaiting verification. */
    @Transactional(readOnly = true)
    public Page<OrganisationView> find(String q, String type, boolean unverifiedOnly, Pageable pageable) {
        RegionScope scope = RegionScope.current();
        Specification<Organisation> spec = (root, query, cb) -> cb.isNull(root.get("mergedIntoId"));
        spec = scope.isNational() ? spec : spec.and(scope.specification("regionCode"));
        if (unverifiedOnly) {
            spec = spec.and((root, query, cb) -> cb.isFalse(root.get("verified")));
        }
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

    /**
     * The organisations with these ids, whatever the user's region (a matter's parties may be anywhere), each with the
     * survivor it was merged into if it was; ids no organisation has are left out. Only names and regions: what
     * another module needs to avoid conflicts of interest with them.
     */
    @Transactional(readOnly = true)
    public List<Organisation> parties(Collection<Long> ids) {
        List<Organisation> found = new ArrayList<>(organisations.findAllById(ids));
        List<Long> survivors = found.stream().map(Organisation::getMergedIntoId).filter(Objects::nonNull)
                .filter(id -> !ids.contains(id)).toList();
        found.addAll(organisations.findAllById(survivors));
        return found;
    }

    @Transactional(readOnly = true)
    public OrganisationView get(long id) {
        return view(visible(id));
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

    /** Edits an organisation (an import's guess at a name, most often); a stale version is refused. */
    @Transactional
    public OrganisationView update(long id, long expectedVersion, OrganisationInput input) {
        Organisation organisation = visible(id);
        if (organisation.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        List<Problem> problems = check(input);
        String code = CreditCode.normalise(input.creditCode());
        if (problems.isEmpty() && code != null && organisations.findByCreditCode(code)
                .filter(other -> other.getId() != id).isPresent()) {
            problems.add(new Problem("creditCode", "organisation.creditCode.taken", List.of(code)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean renamed = !Objects.equals(organisation.getName(), input.name().trim());
        Changes changes = Changes.of().field("name", organisation.getName(), input.name().trim())
                .field("type", organisation.getType(), input.type().trim())
                .field("creditCode", organisation.getCreditCode(), code)
                .field("regionCode", organisation.getRegionCode(), input.regionCode().trim())
                .field("industryCode", organisation.getIndustryCode(), blankToNull(input.industryCode()));
        organisation.update(input.name().trim(), input.type().trim(), code, input.regionCode().trim(),
                blankToNull(input.industryCode()));
        organisation.verify();
        organisations.saveAndFlush(organisation);
        if (renamed) {
            events.publishEvent(new OrganisationRenamed(id));
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, "Organisation", id).region(organisation.getRegionCode())
                .changes(changes));
        return view(organisation);
    }

    /**
     * Confirms an organisation an import registered from a bare name. Verified means it passes the rules a
     * registration does (a credit code, unless it is an IP administration): one that does not is refused with
     * the same problems its edit form would show.
     */
    @Transactional
    public OrganisationView verify(long id) {
        Organisation organisation = visible(id);
        if (!organisation.isVerified()) {
            List<Problem> problems = check(new OrganisationInput(organisation.getName(), organisation.getType(),
                    organisation.getCreditCode(), organisation.getRegionCode(), organisation.getIndustryCode()));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            organisation.verify();
            organisations.saveAndFlush(organisation);
            audit.record(AuditEvent.of(AuditAction.UPDATE, "Organisation", id).region(organisation.getRegionCode())
                    .changes(Changes.of().field("verified", false, true)));
        }
        return view(organisation);
    }

    /**
     * Merges an unverified organisation into the one it duplicates: every module's records that name it move to
     * the survivor in this transaction (the registry's talents, each move recorded as a flow), through
     * {@link OrganisationReferences}; the duplicate keeps its row, marked merged, so the flows that name it stay
     * true. {@link OrganisationMerged} follows for what may happen after the commit.
     */
    @Transactional
    public OrganisationView merge(long id, long intoId) {
        Organisation duplicate = visible(id);
        Organisation survivor = visible(intoId);
        duplicate.mergeInto(survivor);
        organisations.saveAndFlush(duplicate);
        // an import resolves a merged name through merged_into_id, in one step
        organisations.repointMerged(id, intoId);
        List<AuditText> moved = references.orderedStream().map(module -> module.move(id, intoId))
                .filter(java.util.Objects::nonNull).toList();
        events.publishEvent(new OrganisationMerged(id, intoId));
        audit.record(AuditEvent.of(AuditAction.UPDATE, "Organisation", id).region(duplicate.getRegionCode())
                .message("audit.detail.organisationMerged", String.valueOf(intoId), survivor.getName(), moved));
        return view(survivor);
    }

    private Organisation visible(long id) {
        Organisation organisation = organisations.findById(id).filter(o -> o.getMergedIntoId() == null).orElse(null);
        return RegionScope.current().check(organisation, "Organisation", id);
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
        }
        reference.checkTerm("type", TaxonomyKind.ORGANISATION_TYPE, in.type()).ifPresent(problems::add);
        boolean optional = in.type() != null && CODE_OPTIONAL.contains(in.type().trim());
        if (!(optional && CreditCode.normalise(in.creditCode()) == null)) {
            String problem = CreditCode.problem(in.creditCode());
            if (problem != null) {
                problems.add(new Problem("creditCode", problem));
            }
        }
        Optional<Problem> region = reference.checkRegion("regionCode", in.regionCode());
        if (in.regionCode() == null || in.regionCode().isBlank()) {
            problems.add(new Problem("regionCode", "field.required"));
        } else if (region.isPresent()) {
            problems.add(region.get());
        } else if (!RegionScope.current().includes(in.regionCode().trim())) {
            problems.add(new Problem("regionCode", "talent.region.outsideScope", List.of(in.regionCode().trim())));
        }
        reference.checkIndustry("industryCode", in.industryCode()).ifPresent(problems::add);
        return problems;
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(o.getId(), o.getVersion(), o.getName(), o.getType(), o.getCreditCode(),
                o.getRegionCode(), o.getIndustryCode(), o.isVerified());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
