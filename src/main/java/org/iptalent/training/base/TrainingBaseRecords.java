package org.iptalent.training.base;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.audit.Changes;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.FieldCipher;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training bases as users see and change them: the list and its map, a base's page, designation and edits by
 * administrators, contact details by its managers, status changes and managers. Who sees a base is
 * {@link BaseAccess}'s rule, checked against the database on every read (outside it is a 404); who may change it is
 * {@link BasePermissions}' (a visible base one may not change is a 403). Every change is audited.
 */
@Service
public class TrainingBaseRecords {

    static final String ENTITY = BaseAccess.ENTITY;
    /** The orders the API's list offers. */
    public static final SortFields SORTS = SortFields.of(Sort.by("name"), "name", "designatedOn", "regionCode",
            "status", "level");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 ()+-]{5,18}[0-9]");

    private final TrainingBases bases;
    private final ReferenceData reference;
    private final OrganisationRecords organisations;
    private final UserManagement users;
    private final EntityManager entities;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final Assessments assessments;

    TrainingBaseRecords(TrainingBases bases, ReferenceData reference, OrganisationRecords organisations,
            UserManagement users, EntityManager entities, FieldCipher cipher, AuditLog audit, Clock clock,
            Assessments assessments) {
        this.bases = bases;
        this.reference = reference;
        this.organisations = organisations;
        this.users = users;
        this.entities = entities;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.assessments = assessments;
    }

    /** The bases the user sees that match the filters; an unknown level, status, province or speciality is refused. */
    @Transactional(readOnly = true)
    public Page<BaseRow> find(BaseCriteria criteria, Pageable pageable) {
        CurrentUser user = CurrentUser.require();
        Specification<TrainingBase> spec = BaseAccess.visibleTo(user).and(filters(criteria));
        return bases.findAll(spec, pageable).map(BaseRow::of);
    }

    /**
     * How many bases of each level the user sees in each province, with the list's filters but its province and
     * level (the map shows every province and toggles the level itself). Revoked bases count only when the
     * status filter asks for them.
     */
    @Transactional(readOnly = true)
    public List<ProvinceCount> countsByProvince(BaseCriteria criteria) {
        CurrentUser user = CurrentUser.require();
        BaseCriteria all = criteria.withoutProvince().withLevel(null);
        Specification<TrainingBase> spec = BaseAccess.visibleTo(user).and(filters(all));
        if (all.status() == null || all.status().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.notEqual(root.get("status"), BaseStatus.REVOKED));
        }
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<TrainingBase> root = query.from(TrainingBase.class);
        Expression<String> province = cb.substring(root.get("regionCode"), 1, 2);
        query.multiselect(province, root.get("level"), cb.count(root)).where(spec.toPredicate(root, query, cb))
                .groupBy(province, root.get("level"));
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] row : entities.createQuery(query).getResultList()) {
            long[] pair = counts.computeIfAbsent(row[0] + "0000", k -> new long[2]);
            pair[row[1] == BaseLevel.NATIONAL ? 0 : 1] += (Long) row[2];
        }
        return counts.entrySet().stream().map(e -> new ProvinceCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    @Transactional(readOnly = true)
    public BaseView get(long id) {
        return view(visible(id));
    }

    /** Every assessment of a base the user sees, latest first. */
    @Transactional(readOnly = true)
    public List<AssessmentSummary> assessments(long id) {
        visible(id);
        return assessments.findByBaseNewestFirst(id).stream().map(Assessment::summary).toList();
    }

    /** What the current user may do with a base they see. */
    @Transactional(readOnly = true)
    public BasePermissions permissions(long id) {
        return BasePermissions.of(CurrentUser.require(), visible(id));
    }

    /** Whether the current user may designate bases at all. */
    public boolean mayDesignate() {
        return CurrentUser.find().map(BasePermissions::mayDesignate).orElse(false);
    }

    @Transactional
    public BaseView create(BaseInput input) {
        CurrentUser user = CurrentUser.require();
        if (!BasePermissions.mayDesignate(user)) {
            throw new AccessDeniedException("trainingBase.notAllowed");
        }
        List<Problem> problems = new ArrayList<>();
        BaseLevel level = level(input.level(), problems);
        Checked checked = check(input, level, null, problems);
        if (blank(input.basis())) {
            problems.add(new Problem("basis", "field.required"));
        } else if (input.basis().trim().length() > 1000) {
            problems.add(new Problem("basis", "field.tooLong", List.of(1000)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TrainingBase base = new TrainingBase(input.name().trim(), level, input.regionCode().trim(), checked.host(),
                input.designatedOn(), input.basis(), Decider.of(user));
        base.specialise(checked.specialities());
        base.updateContact(trim(input.address()), trim(input.contactName()), trim(input.description()));
        base.changePhone(trim(input.contactPhone()), cipher);
        bases.saveAndFlush(base);
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, base.getId()).region(base.getRegionCode())
                .changes(Changes.of().field("name", null, base.getName()).field("regionCode", null,
                        base.getRegionCode()).field("hostOrganisation", null, base.getHostOrganisationId())
                        .field("designatedOn", null, base.getDesignatedOn()))
                .message("audit.detail.trainingBaseDesignated", AuditText.message("trainingBase.level."
                        + level.name()), base.getHistory().get(0).getReason()));
        return view(base);
    }

    /** An administrator's edit of a base: name, region, host, designation date, specialities and contact. */
    @Transactional
    public BaseView update(long id, long expectedVersion, BaseInput input) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = administered(user, id);
        requireVersion(base, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        Checked checked = check(input, base.getLevel(), base.getId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Changes changes;
        try {
            changes = base.describe(input.name().trim(), input.regionCode().trim(), checked.host(),
                    input.designatedOn());
        } catch (BusinessRuleException e) {
            throw new InvalidInputException(List.of(new Problem(e.field(), e.messageKey())));
        }
        Changes specialities = base.specialise(checked.specialities());
        Changes contact = base.updateContact(trim(input.address()), trim(input.contactName()),
                trim(input.description()));
        Changes phone = phone(base, input.contactPhone(), input.clearPhone());
        bases.flush();
        record(base, changes, specialities, contact, phone);
        return view(base);
    }

    /** A manager's (or an administrator's) edit of the contact details and description. */
    @Transactional
    public BaseView updateContact(long id, long expectedVersion, ContactInput input) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = visible(id);
        if (!BasePermissions.of(user, base).editContact()) {
            throw new AccessDeniedException("trainingBase.notAllowed");
        }
        requireVersion(base, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        checkContact(input.address(), input.contactName(), input.contactPhone(), input.description(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Changes changes = base.updateContact(trim(input.address()), trim(input.contactName()),
                trim(input.description()));
        Changes phone = phone(base, input.contactPhone(), input.clearPhone());
        bases.flush();
        record(base, changes, phone);
        return view(base);
    }

    /**
     * An administrator's change of a base's status outside an assessment (putting it under review, most often),
     * dated today, with its reason.
     */
    @Transactional
    public BaseView changeStatus(long id, long expectedVersion, String status, String reason) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = administered(user, id);
        requireVersion(base, expectedVersion);
        BaseStatus target = parse(BaseStatus.class, "status", status, "trainingBase.filter.status");
        if (target == null) {
            throw new BusinessRuleException("status", "field.required");
        }
        if (reason != null && reason.trim().length() > 1000) {
            throw new BusinessRuleException("reason", "field.tooLong", 1000);
        }
        BaseStatus from = base.getStatus();
        StatusChange change = base.changeStatus(target, LocalDate.now(clock), reason, Decider.of(user), null);
        // flushed, never saved: merging the managed base would copy its new history step as an empty row
        bases.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(base.getRegionCode())
                .message("audit.detail.trainingBaseStatus", statusText(from), statusText(target),
                        change.getReason()));
        return view(base);
    }

    /** The base's managers; an administrator reads their names, a manager only their own. */
    @Transactional(readOnly = true)
    public List<ManagerView> managers(long id) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = visible(id);
        boolean administrator = !user.scope().isNothing();
        List<ManagerView> managers = new ArrayList<>();
        for (Long userId : base.getManagerIds().stream().sorted().toList()) {
            if (userId == user.id()) {
                managers.add(new ManagerView(userId, user.username(), user.displayName()));
            } else if (administrator) {
                managers.add(lookUp(userId));
            } else {
                managers.add(new ManagerView(userId, null, null));
            }
        }
        return managers;
    }

    /** Makes the account named {@code username} a manager of the base: a training-base manager the admin may see. */
    @Transactional
    public void addManager(long id, String username) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = administered(user, id);
        String name = username == null ? "" : username.trim();
        if (name.isEmpty()) {
            throw new BusinessRuleException("username", "field.required");
        }
        UserSummary account = users.findByUsername(name)
                .filter(a -> users.manageableRegion().includes(a.regionCode()))
                .orElseThrow(() -> new BusinessRuleException("username", "trainingBase.manager.unknown", name));
        if (!account.roles().contains(Role.TRAINING_BASE_MANAGER) || !account.enabled()) {
            throw new BusinessRuleException("username", "trainingBase.manager.notManager", name);
        }
        Set<Long> managers = new LinkedHashSet<>(base.getManagerIds());
        if (managers.add(account.id())) {
            Changes changes = base.assignManagers(managers);
            bases.flush();
            audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(base.getRegionCode()).changes(changes)
                    .message("audit.detail.trainingBaseManagerAdded", account.username()));
        }
    }

    @Transactional
    public void removeManager(long id, long userId) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = administered(user, id);
        Set<Long> managers = new LinkedHashSet<>(base.getManagerIds());
        if (managers.remove(userId)) {
            Changes changes = base.assignManagers(managers);
            bases.flush();
            audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(base.getRegionCode()).changes(changes)
                    .message("audit.detail.trainingBaseManagerRemoved", String.valueOf(userId)));
        }
    }

    /** The host organisations an administrator may choose, by name or credit code (their own region's). */
    @Transactional(readOnly = true)
    public List<OrganisationView> hostCandidates(String q, Pageable pageable) {
        if (blank(q)) {
            return List.of();
        }
        return organisations.find(q.trim(), null, false, pageable).getContent();
    }

    /** One host organisation the administrator may name, for the form that shows the one chosen. */
    @Transactional(readOnly = true)
    public Optional<OrganisationView> hostCandidate(long organisationId) {
        try {
            return Optional.of(organisations.get(organisationId));
        } catch (RecordNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The base if the user sees it (the rule of {@link BaseAccess}), else not found. */
    TrainingBase visible(long id) {
        CurrentUser user = CurrentUser.require();
        return bases.findById(id).filter(base -> BaseAccess.sees(user, base))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    /** The base if the user may change it: not found outside their reach, refused (403) when they only see it. */
    TrainingBase administered(CurrentUser user, long id) {
        TrainingBase base = visible(id);
        if (!BasePermissions.of(user, base).administer()) {
            throw new AccessDeniedException("trainingBase.notAllowed");
        }
        return base;
    }

    /** A new phone when one was typed, none when asked, else the one on record. */
    private Changes phone(TrainingBase base, String typed, boolean clear) {
        if (clear) {
            return base.changePhone(null, cipher);
        }
        return blank(typed) ? Changes.of() : base.changePhone(typed.trim(), cipher);
    }

    private static void requireVersion(TrainingBase base, long expectedVersion) {
        if (base.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(TrainingBase.class, base.getId());
        }
    }

    private void record(TrainingBase base, Changes... parts) {
        Changes all = Changes.of();
        boolean any = false;
        for (Changes part : parts) {
            for (var field : part.list()) {
                all.field(field.field(), field.oldValue(), field.newValue());
                any = true;
            }
        }
        if (any) {
            audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, base.getId()).region(base.getRegionCode())
                    .changes(all));
        }
    }

    private ManagerView lookUp(long userId) {
        try {
            UserSummary account = users.get(userId);
            return new ManagerView(userId, account.username(), account.displayName());
        } catch (RecordNotFoundException | AccessDeniedException e) {
            // an account outside the administrator's region: named by its number only
            return new ManagerView(userId, null, null);
        }
    }

    static AuditText statusText(BaseStatus status) {
        return AuditText.message("trainingBase.status." + status.name());
    }

    BaseView view(TrainingBase base) {
        List<String> teams = codes(base, TaxonomyKind.TEAM);
        List<String> categories = codes(base, TaxonomyKind.CATEGORY);
        return new BaseView(base.getId(), base.getVersion(), base.getName(), base.getLevel(), base.getRegionCode(),
                base.getHostOrganisationId(), base.getHostOrganisation().getName(), base.getDesignatedOn(),
                base.getStatus(), base.getAddress(), base.getContactName(), base.getContactPhoneMasked(),
                base.getDescription(), teams, categories, base.getHistory().stream().map(StatusStep::of).toList(),
                assessments.latestOf(base.getId()).orElse(null));
    }

    private static List<String> codes(TrainingBase base, TaxonomyKind kind) {
        return base.getSpecialities().stream().filter(s -> s.getKind() == kind).map(Speciality::getCode).sorted()
                .toList();
    }

    private record Checked(Organisation host, Set<Speciality> specialities) {
    }

    /** The rules a designation and an edit share; {@code selfId} is the base being edited (null when new). */
    private Checked check(BaseInput in, BaseLevel level, Long selfId, List<Problem> problems) {
        CurrentUser user = CurrentUser.require();
        if (blank(in.name())) {
            problems.add(new Problem("name", "field.required"));
        } else if (in.name().trim().length() > 200) {
            problems.add(new Problem("name", "field.tooLong", List.of(200)));
        } else {
            bases.findByName(in.name().trim()).filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> problems.add(new Problem("name", "trainingBase.name.taken",
                            List.of(in.name().trim()))));
        }
        if (blank(in.regionCode())) {
            problems.add(new Problem("regionCode", "field.required"));
        } else {
            Optional<Problem> region = reference.checkRegion("regionCode", in.regionCode());
            if (region.isPresent()) {
                problems.add(region.get());
            } else if (level != null && !BasePermissions.mayAdminister(user, level, in.regionCode().trim())) {
                problems.add(new Problem("regionCode", "trainingBase.region.outsideScope",
                        List.of(in.regionCode().trim())));
            }
        }
        Organisation host = null;
        if (in.hostOrganisationId() == null) {
            problems.add(new Problem("hostOrganisationId", "field.required"));
        } else {
            try {
                OrganisationView chosen = organisations.get(in.hostOrganisationId());
                host = entities.getReference(Organisation.class, chosen.id());
            } catch (RecordNotFoundException e) {
                // an organisation of another region, or merged away: not one this user may name
                problems.add(new Problem("hostOrganisationId", "trainingBase.host.unknown"));
            }
        }
        if (in.designatedOn() == null) {
            problems.add(new Problem("designatedOn", "field.required"));
        } else if (in.designatedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("designatedOn", "trainingBase.designatedOn.future"));
        } else if (in.designatedOn().getYear() < 2000) {
            problems.add(new Problem("designatedOn", "trainingBase.designatedOn.tooEarly"));
        }
        Set<Speciality> specialities = specialities(in.teams(), in.categories(), problems);
        checkContact(in.address(), in.contactName(), in.contactPhone(), in.description(), problems);
        return new Checked(host, specialities);
    }

    /** The teams and categories chosen, each checked, a category's team added with it; at least one. */
    private Set<Speciality> specialities(Collection<String> teams, Collection<String> categories,
            List<Problem> problems) {
        Set<Speciality> result = new LinkedHashSet<>();
        for (String team : teams == null ? List.<String>of() : teams) {
            if (blank(team)) {
                continue;
            }
            reference.checkTerm("teams", TaxonomyKind.TEAM, team).ifPresentOrElse(problems::add,
                    () -> result.add(new Speciality(TaxonomyKind.TEAM, team.trim())));
        }
        for (String category : categories == null ? List.<String>of() : categories) {
            if (blank(category)) {
                continue;
            }
            Optional<Term> term = reference.term(TaxonomyKind.CATEGORY, category.trim());
            if (term.isEmpty()) {
                problems.add(new Problem("categories", ReferenceData.UNKNOWN_CODE, List.of(category.trim())));
            } else {
                result.add(new Speciality(TaxonomyKind.TEAM, term.get().parentCode()));
                result.add(new Speciality(TaxonomyKind.CATEGORY, term.get().code()));
            }
        }
        if (result.isEmpty() && problems.stream().noneMatch(p -> "teams".equals(p.field())
                || "categories".equals(p.field()))) {
            problems.add(new Problem("teams", "trainingBase.specialities.required"));
        }
        return result;
    }

    private static void checkContact(String address, String contactName, String phone, String description,
            List<Problem> problems) {
        tooLong("address", address, 200, problems);
        tooLong("contactName", contactName, 50, problems);
        tooLong("description", description, 2000, problems);
        if (!blank(phone) && !PHONE.matcher(phone.trim()).matches()) {
            problems.add(new Problem("contactPhone", "trainingBase.contactPhone.invalid"));
        }
    }

    private static void tooLong(String field, String value, int max, List<Problem> problems) {
        if (value != null && value.trim().length() > max) {
            problems.add(new Problem(field, "field.tooLong", List.of(max)));
        }
    }

    private static BaseLevel level(String value, List<Problem> problems) {
        if (blank(value)) {
            problems.add(new Problem("level", "field.required"));
            return null;
        }
        try {
            BaseLevel level = parse(BaseLevel.class, "level", value, "trainingBase.filter.level");
            if (level == BaseLevel.NATIONAL && !CurrentUser.require().has(Role.NATIONAL_ADMIN)) {
                problems.add(new Problem("level", "trainingBase.level.nationalOnly"));
                return null;
            }
            return level;
        } catch (BusinessRuleException e) {
            problems.add(new Problem("level", e.messageKey(), List.of(e.arguments())));
            return null;
        }
    }

    /** The filters as a query; each value is checked, and one that names nothing is refused on its parameter. */
    Specification<TrainingBase> filters(BaseCriteria criteria) {
        Specification<TrainingBase> spec = Specification.unrestricted();
        BaseLevel level = parse(BaseLevel.class, "level", criteria.level(), "trainingBase.filter.level");
        if (level != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("level"), level));
        }
        BaseStatus status = parse(BaseStatus.class, "status", criteria.status(), "trainingBase.filter.status");
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (!blank(criteria.province())) {
            String code = criteria.province().trim();
            if (reference.division(code).filter(Division::isProvince).isEmpty()) {
                throw new BusinessRuleException("province", ReferenceData.UNKNOWN_CODE, code);
            }
            String prefix = code.substring(0, 2) + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get("regionCode"), prefix));
        }
        if (!blank(criteria.speciality())) {
            String code = criteria.speciality().trim();
            if (reference.term(TaxonomyKind.TEAM, code).isEmpty()
                    && reference.term(TaxonomyKind.CATEGORY, code).isEmpty()) {
                throw new BusinessRuleException("speciality", ReferenceData.UNKNOWN_CODE, code);
            }
            spec = spec.and((root, query, cb) -> {
                Subquery<Long> trained = query.subquery(Long.class);
                Root<TrainingBase> other = trained.from(TrainingBase.class);
                Join<TrainingBase, Speciality> speciality = other.join("specialities");
                trained.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")),
                        cb.equal(speciality.get("code"), code));
                return cb.exists(trained);
            });
        }
        if (!blank(criteria.q())) {
            String like = "%" + criteria.q().trim().toUpperCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.like(cb.upper(root.get("name")), like, '\\'));
        }
        return spec;
    }

    /** An enum's constant named by a client (any case), null when blank, refused with {@code key} otherwise. */
    static <E extends Enum<E>> E parse(Class<E> type, String field, String value, String key) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            throw new BusinessRuleException(field, key, shown);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
