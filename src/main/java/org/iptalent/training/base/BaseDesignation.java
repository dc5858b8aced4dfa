package org.iptalent.training.base;

import static org.iptalent.training.base.TrainingBaseRecords.ENTITY;
import static org.iptalent.training.base.TrainingBaseRecords.blank;
import static org.iptalent.training.base.TrainingBaseRecords.parse;
import static org.iptalent.training.base.TrainingBaseRecords.trim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.audit.Changes;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.FieldCipher;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Designating a base and editing it: an administrator's designation and edit (name, region, host, designation date,
 * specialities, contact), a manager's edit of the contact details, the host organisations to choose from; checked
 * as a whole (every problem at once) and audited.
 */
@Component
class BaseDesignation {

    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 ()+-]{5,18}[0-9]");

    private final TrainingBases bases;
    private final ReferenceData reference;
    private final OrganisationRecords organisations;
    private final EntityManager entities;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final BaseReach reach;

    BaseDesignation(TrainingBases bases, ReferenceData reference, OrganisationRecords organisations,
            EntityManager entities, FieldCipher cipher, AuditLog audit, Clock clock, BaseReach reach) {
        this.bases = bases;
        this.reference = reference;
        this.organisations = organisations;
        this.entities = entities;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.reach = reach;
    }

    /** An administrator's designation of a base, with its basis. */
    BaseView create(BaseInput input) {
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
        return reach.view(base);
    }

    /** An administrator's edit of a base: name, region, host, designation date, specialities and contact. */
    BaseView update(long id, long expectedVersion, BaseInput input) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = reach.administered(user, id);
        BaseReach.requireVersion(base, expectedVersion);
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
        return reach.view(base);
    }

    /** A manager's (or an administrator's) edit of the contact details and description. */
    BaseView updateContact(long id, long expectedVersion, ContactInput input) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = reach.visible(id);
        if (!BasePermissions.of(user, base).editContact()) {
            throw new AccessDeniedException("trainingBase.notAllowed");
        }
        BaseReach.requireVersion(base, expectedVersion);
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
        return reach.view(base);
    }

    /** The host organisations an administrator may choose, by name or credit code (their own region's). */
    List<OrganisationView> hostCandidates(String q, Pageable pageable) {
        if (blank(q)) {
            return List.of();
        }
        return organisations.find(q.trim(), null, false, pageable).getContent();
    }

    /** One host organisation the administrator may name, for the form that shows the one chosen. */
    Optional<OrganisationView> hostCandidate(long organisationId) {
        try {
            return Optional.of(organisations.get(organisationId));
        } catch (RecordNotFoundException e) {
            return Optional.empty();
        }
    }

    /** A new phone when one was typed, none when asked, else the one on record. */
    private Changes phone(TrainingBase base, String typed, boolean clear) {
        if (clear) {
            return base.changePhone(null, cipher);
        }
        return blank(typed) ? Changes.of() : base.changePhone(typed.trim(), cipher);
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
}
