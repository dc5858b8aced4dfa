package org.iptalent.training.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.iptalent.audit.AuditText;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training bases as users see and change them: the list and its map, a base's page, designation and edits by
 * administrators, contact details by its managers, status changes and managers. Who sees a base is
 * {@link BaseAccess}'s rule, checked against the database on every read (outside it is a 404); who may change it is
 * {@link BasePermissions}' (a visible base one may not change is a 403). Every change is audited.
 * <p>
 * The use cases live in classes of their own, which this one runs in their transactions: {@link BaseSearch} (the
 * list and the map), {@link BaseDesignation} (designation and edits), {@link BaseStatusChanges},
 * {@link BaseManagers}, and {@link BaseReach} (the base a user sees or may change, and its view).
 */
@Service
public class TrainingBaseRecords {

    static final String ENTITY = BaseAccess.ENTITY;
    /** The orders the API's list offers. */
    public static final SortFields SORTS = SortFields.of(Sort.by("name"), "name", "designatedOn", "regionCode",
            "status", "level");

    private final BaseSearch search;
    private final BaseDesignation designation;
    private final BaseStatusChanges statuses;
    private final BaseManagers managers;
    private final BaseReach reach;
    private final Assessments assessments;

    TrainingBaseRecords(BaseSearch search, BaseDesignation designation, BaseStatusChanges statuses,
            BaseManagers managers, BaseReach reach, Assessments assessments) {
        this.search = search;
        this.designation = designation;
        this.statuses = statuses;
        this.managers = managers;
        this.reach = reach;
        this.assessments = assessments;
    }

    /** The bases the user sees that match the filters; an unknown level, status, province or speciality is refused. */
    @Transactional(readOnly = true)
    public Page<BaseRow> find(BaseCriteria criteria, Pageable pageable) {
        return search.find(criteria, pageable);
    }

    /**
     * How many bases of each level the user sees in each province, with the list's filters but its province and
     * level (the map shows every province and toggles the level itself). Revoked bases count only when the
     * status filter asks for them.
     */
    @Transactional(readOnly = true)
    public List<ProvinceCount> countsByProvince(BaseCriteria criteria) {
        return search.countsByProvince(criteria);
    }

    @Transactional(readOnly = true)
    public BaseView get(long id) {
        return reach.view(reach.visible(id));
    }

    /** Every assessment of a base the user sees, latest first. */
    @Transactional(readOnly = true)
    public List<AssessmentSummary> assessments(long id) {
        reach.visible(id);
        return assessments.findByBaseNewestFirst(id).stream().map(Assessment::summary).toList();
    }

    /** What the current user may do with a base they see. */
    @Transactional(readOnly = true)
    public BasePermissions permissions(long id) {
        return BasePermissions.of(CurrentUser.require(), reach.visible(id));
    }

    /** Whether the current user may designate bases at all. */
    public boolean mayDesignate() {
        return CurrentUser.find().map(BasePermissions::mayDesignate).orElse(false);
    }

    /** An administrator's designation of a base, with its basis. */
    @Transactional
    public BaseView create(BaseInput input) {
        return designation.create(input);
    }

    /** An administrator's edit of a base: name, region, host, designation date, specialities and contact. */
    @Transactional
    public BaseView update(long id, long expectedVersion, BaseInput input) {
        return designation.update(id, expectedVersion, input);
    }

    /** A manager's (or an administrator's) edit of the contact details and description. */
    @Transactional
    public BaseView updateContact(long id, long expectedVersion, ContactInput input) {
        return designation.updateContact(id, expectedVersion, input);
    }

    /**
     * An administrator's change of a base's status outside an assessment (putting it under review, most often),
     * dated today, with its reason.
     */
    @Transactional
    public BaseView changeStatus(long id, long expectedVersion, String status, String reason) {
        return statuses.changeStatus(id, expectedVersion, status, reason);
    }

    /** The base's managers; an administrator reads their names, a manager only their own. */
    @Transactional(readOnly = true)
    public List<ManagerView> managers(long id) {
        return managers.managers(id);
    }

    /** Makes the account named {@code username} a manager of the base: a training-base manager the admin may see. */
    @Transactional
    public void addManager(long id, String username) {
        managers.addManager(id, username);
    }

    @Transactional
    public void removeManager(long id, long userId) {
        managers.removeManager(id, userId);
    }

    /** The host organisations an administrator may choose, by name or credit code (their own region's). */
    @Transactional(readOnly = true)
    public List<OrganisationView> hostCandidates(String q, Pageable pageable) {
        return designation.hostCandidates(q, pageable);
    }

    /** One host organisation the administrator may name, for the form that shows the one chosen. */
    @Transactional(readOnly = true)
    public Optional<OrganisationView> hostCandidate(long organisationId) {
        return designation.hostCandidate(organisationId);
    }

    static AuditText statusText(BaseStatus status) {
        return AuditText.message("trainingBase.status." + status.name());
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
