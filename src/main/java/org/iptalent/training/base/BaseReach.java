package org.iptalent.training.base;

import static org.iptalent.training.base.TrainingBaseRecords.ENTITY;

import java.util.List;

import org.iptalent.reference.TaxonomyKind;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * A training base as the current user reaches it: one they see (the rule of {@link BaseAccess}, else not found), one
 * they may change (else refused), and the view a page or the API shows; for the use cases of
 * {@link TrainingBaseRecords}, in their transaction.
 */
@Component
class BaseReach {

    private final TrainingBases bases;
    private final Assessments assessments;

    BaseReach(TrainingBases bases, Assessments assessments) {
        this.bases = bases;
        this.assessments = assessments;
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

    /** Refuses a change made to another version of the base than the one on record (a conflict). */
    static void requireVersion(TrainingBase base, long expectedVersion) {
        if (base.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(TrainingBase.class, base.getId());
        }
    }

    /** The base as a page or the API shows it, with its latest assessment. */
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
}
