package org.iptalent.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.audit.Changes;
import org.iptalent.organisation.CreditCode;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.platform.FieldCipher;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.IdentityNumber;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and reading talent records, always inside the signed-in user's region. Every
 * change is audited (sensitive values masked) and a change of employer or region is kept as a flow.
 */
@Service
public class TalentRecords {

    static final String ENTITY = "Talent";

    private final Talents talents;
    private final OrganisationRecords organisations;
    private final TalentValidator validator;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ReferenceData reference;

    TalentRecords(Talents talents, OrganisationRecords organisations, TalentValidator validator, FieldCipher cipher,
            AuditLog audit, JdbcTemplate jdbc, Clock clock, ReferenceData reference) {
        this.reference = reference;
        this.talents = talents;
        this.organisations = organisations;
        this.validator = validator;
        this.cipher = cipher;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One query fetches everything the view shows, so no transaction is needed around it: without one the
     * read runs in auto-commit and spares the database a BEGIN and a COMMIT on the busiest page.
     */
    public TalentView get(long id) {
        return view(RegionScope.current().check(talents.findWithDetailsById(id).orElse(null), ENTITY, id));
    }

    /** The clear values an edit keeps when the user leaves the sensitive fields empty; never shown. */
    public record Sensitive(String identityNumber, String mobile, String email) {
    }

    @Transactional(readOnly = true)
    public Sensitive sensitive(long id) {
        Talent t = visible(id);
        return new Sensitive(cipher.decrypt(t.getIdentityCipher()), cipher.decrypt(t.getMobileCipher()),
                cipher.decrypt(t.getEmailCipher()));
    }

    @Transactional
    public TalentView.QualificationView addQualification(long talentId, String type, String titleLevel, String number,
            String issuer, LocalDate issuedOn, LocalDate expiresOn) {
        Talent talent = visible(talentId);
        List<Problem> problems = new ArrayList<>();
        if (type == null || reference.term(TaxonomyKind.QUALIFICATION_TYPE, type).isEmpty()) {
            problems.add(new Problem("type", type == null || type.isBlank() ? "field.required" : "field.unknownCode",
                    List.of(String.valueOf(type))));
        }
        if (titleLevel != null && !titleLevel.isBlank() && reference.term(TaxonomyKind.TITLE_LEVEL, titleLevel).isEmpty()) {
            problems.add(new Problem("titleLevel", "field.unknownCode", List.of(titleLevel)));
        }
        if (number != null && number.length() > 60) {
            problems.add(new Problem("number", "field.tooLong", List.of(60)));
        }
        if (issuer != null && issuer.length() > 200) {
            problems.add(new Problem("issuer", "field.tooLong", List.of(200)));
        }
        if (issuedOn != null && expiresOn != null && expiresOn.isBefore(issuedOn)) {
            problems.add(new Problem("expiresOn", "qualification.expiresBeforeIssued"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Qualification q = talent.addQualification(type, Talent.trimToNull(titleLevel), Talent.trimToNull(number),
                Talent.trimToNull(issuer), issuedOn, expiresOn);
        // the talent is managed: a flush persists the new qualification itself (save would merge a copy)
        talents.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, "Qualification", q.getId()).region(talent.getRegionCode())
                .changes(Changes.of().field("talent", null, talent.getId()).field("type", null, type)
                        .field("number", null, q.getNumber()).field("expiresOn", null, expiresOn)));
        return view(talent).qualifications().stream().filter(v -> v.id() == q.getId()).findFirst().orElseThrow();
    }

    @Transactional
    public void removeQualification(long talentId, long qualificationId) {
        Talent talent = visible(talentId);
        if (!talent.removeQualification(qualificationId)) {
            throw new RecordNotFoundException("Qualification", qualificationId);
        }
        talents.saveAndFlush(talent);
        audit.record(AuditEvent.of(AuditAction.DELETE, "Qualification", qualificationId).region(talent.getRegionCode())
                .message("audit.detail.qualificationOf", String.valueOf(talentId)));
    }

    /** A change of employer or region, as the profile shows it. */
    public record Flow(Instant movedAt, String source, String fromRegionCode, String toRegionCode, String fromEmployer,
            String toEmployer) {
    }

    /**
     * The talent's employer and region history, oldest first: its joining (a fact of its row: when, and the
     * region and employer its first move left, or its current ones), then its moves.
     */
    @Transactional(readOnly = true)
    public List<Flow> flows(long id) {
        Talent talent = visible(id);
        List<Flow> moves = moves(id);
        Flow first = moves.isEmpty() ? null : moves.get(0);
        List<Flow> flows = new ArrayList<>(moves.size() + 1);
        flows.add(new Flow(talent.getCreatedAt(), talent.getSource().name(), null,
                first == null ? talent.getRegionCode() : first.fromRegionCode(), null,
                first == null ? (talent.getEmployer() == null ? null : talent.getEmployer().getName())
                        : first.fromEmployer()));
        flows.addAll(moves);
        return flows;
    }

    private List<Flow> moves(long id) {
        return jdbc.query("""
                select f.moved_at, f.source, f.from_region_code, f.to_region_code, fo.name from_name, o.name to_name
                from talent_flow f left join organisation fo on fo.id = f.from_employer_id
                left join organisation o on o.id = f.to_employer_id where f.talent_id = ? order by f.moved_at, f.id""",
                (rs, i) -> new Flow(rs.getTimestamp("moved_at").toInstant(), rs.getString("source"),
                        rs.getString("from_region_code"), rs.getString("to_region_code"), rs.getString("from_name"),
                        rs.getString("to_name")), id);
    }

    @Transactional(readOnly = true)
    public Optional<TalentView> find(long id) {
        return talents.findById(id).filter(t -> RegionScope.current().includes(t.getRegionCode())).map(this::view);
    }

    @Transactional
    public TalentView create(TalentInput input, Talent.Source source) {
        Talent.Resolved resolved = resolve(input);
        if (talents.findByIdentityHash(resolved.identityHash()).isPresent()) {
            throw new InvalidInputException(List.of(new Problem("identityNumber", "talent.identity.taken")));
        }
        Talent talent = new Talent(source);
        Changes changes = talent.update(input, resolved, cipher);
        talents.saveAndFlush(talent);
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, talent.getId()).region(talent.getRegionCode())
                .changes(changes).message("audit.detail.talentSource", AuditText.message("talent.source." + source)));
        return view(talent);
    }

    /** Changes a talent; {@code expectedVersion} must be the version the user edited, or it is refused. */
    @Transactional
    public TalentView update(long id, long expectedVersion, TalentInput input, Talent.Source source) {
        Talent talent = visible(id);
        if (talent.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Talent.class, id);
        }
        return change(talent, input, source);
    }

    /** Creates, or updates the talent with this identity number: the idempotent write of nightly syncs. */
    @Transactional
    public Upserted upsertByIdentity(TalentInput input, Talent.Source source) {
        String identity = IdentityNumber.normalise(input.identityNumber());
        Optional<Talent> existing = IdentityNumber.isValid(identity)
                ? talents.findByIdentityHash(cipher.lookupHash(identity)) : Optional.empty();
        if (existing.isEmpty()) {
            return new Upserted(create(input, source), true, true);
        }
        Talent talent = existing.get();
        if (!RegionScope.current().includes(talent.getRegionCode())) {
            // the person is registered elsewhere: another province's record is neither shown nor changed
            throw new AccessDeniedException("talent.identity.elsewhere");
        }
        long before = talent.getVersion();
        TalentView view = change(talent, input, source);
        return new Upserted(view, false, view.version() != before);
    }

    public record Upserted(TalentView talent, boolean created, boolean changed) {
    }

    private TalentView change(Talent talent, TalentInput input, Talent.Source source) {
        Talent.Resolved resolved = resolve(input);
        Optional<Talent> holder = talents.findByIdentityHash(resolved.identityHash());
        if (holder.isPresent() && !holder.get().getId().equals(talent.getId())) {
            throw new InvalidInputException(List.of(new Problem("identityNumber", "talent.identity.taken")));
        }
        Long oldEmployer = employerId(talent);
        String oldRegion = talent.getRegionCode();
        Changes changes = talent.update(input, resolved, cipher);
        if (changes.isEmpty()) {
            return view(talent);
        }
        talents.saveAndFlush(talent);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, talent.getId()).region(talent.getRegionCode())
                .changes(changes));
        if (!Objects.equals(oldEmployer, employerId(talent)) || !Objects.equals(oldRegion, talent.getRegionCode())) {
            recordFlow(talent, oldEmployer, oldRegion, source);
        }
        return view(talent);
    }

    private static Long employerId(Talent talent) {
        return talent.getEmployer() == null ? null : talent.getEmployer().getId();
    }

    /** The talent when the current user's region includes it; otherwise not found. */
    Talent visible(long id) {
        Talent talent = talents.findById(id).orElse(null);
        return RegionScope.current().check(talent, ENTITY, id);
    }

    /** Validates the input and finds what it refers to; all problems are reported together. */
    private Talent.Resolved resolve(TalentInput input) {
        List<Problem> problems = new ArrayList<>(validator.check(input));
        if (problems.isEmpty() && !RegionScope.current().includes(input.regionCode().trim())) {
            problems.add(new Problem("regionCode", "talent.region.outsideScope", List.of(input.regionCode())));
        }
        Organisation employer = null;
        if (problems.stream().noneMatch(p -> p.field().startsWith("employer"))) {
            employer = employer(input, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String identity = IdentityNumber.normalise(input.identityNumber());
        return new Talent.Resolved(identity, cipher.lookupHash(identity), employer,
                validator.categories(input.categories()));
    }

    private Organisation employer(TalentInput input, List<Problem> problems) {
        if (!TalentValidator.blank(input.employerCreditCode())) {
            return organisations.withCreditCode(CreditCode.normalise(input.employerCreditCode())).orElseGet(() -> {
                problems.add(new Problem("employerCreditCode", "talent.employer.unknown",
                        List.of(input.employerCreditCode())));
                return null;
            });
        }
        if (TalentValidator.blank(input.employerName()) || TalentValidator.blank(input.regionCode())) {
            return null;
        }
        // by name only inside the talent's province, where names are meaningful
        List<Organisation> found = organisations.named(
                input.employerName().trim(),
                input.regionCode().trim().substring(0, 2));
        if (found.size() != 1) {
            problems.add(new Problem("employerName", found.isEmpty() ? "talent.employer.unknown"
                    : "talent.employer.ambiguous", List.of(input.employerName())));
            return null;
        }
        return found.get(0);
    }

    private void recordFlow(Talent talent, Long fromEmployer, String fromRegion, Talent.Source source) {
        jdbc.update("""
                insert into talent_flow (talent_id, moved_at, from_employer_id, to_employer_id, from_region_code,
                  to_region_code, source) values (?, ?, ?, ?, ?, ?, ?)""", talent.getId(), Timestamp.from(clock.instant()),
                fromEmployer, employerId(talent), fromRegion,
                talent.getRegionCode(), source.name());
    }

    TalentView view(Talent t) {
        LocalDate today = LocalDate.now(clock);
        return new TalentView(t.getId(), t.getVersion(), t.getName(), t.getGender(), t.getBirthDate(),
                t.getIdentityMasked(), t.getMobileMasked(), t.getEmailMasked(), t.getEducation(), t.getDiscipline(),
                t.getMajor(), t.getEmployer() == null ? null : t.getEmployer().getId(),
                t.getEmployer() == null ? null : t.getEmployer().getName(),
                t.getEmployer() == null ? null : t.getEmployer().getCreditCode(), t.getRegionCode(), t.getIndustryCode(),
                t.getCategories().stream().map(c -> new TalentView.CategoryView(c.getTeam(), c.getCategory()))
                        .sorted(java.util.Comparator.comparing(TalentView.CategoryView::category)).toList(),
                t.getPosition(), t.getLanguages(), t.getInternationalExperience(), t.getStatus().name(),
                t.getSource().name(), t.getMergedInto() == null ? null : t.getMergedInto().getId(),
                t.getQualifications().stream().map(q -> new TalentView.QualificationView(q.getId(), q.getType(),
                        q.getTitleLevel(), q.getNumber(), q.getIssuer(), q.getIssuedOn(), q.getExpiresOn(),
                        q.getVerification().name(), q.isExpired(today))).toList(),
                t.getCreatedAt(), t.getUpdatedAt());
    }
}
