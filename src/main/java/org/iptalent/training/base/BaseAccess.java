package org.iptalent.training.base;

import java.util.List;
import java.util.Optional;

import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which training bases the signed-in user may see and run classes for, for the rest of the training module
 * (programs, classes, enrolment). An administrator sees the bases inside their region (a provincial administrator
 * the local bases of the province and the national bases located there); a base's manager sees the bases they
 * manage. Whoever sees a base may run its classes, unless it is revoked. Checked against the database each time.
 */
@Service
public class BaseAccess {

    static final String ENTITY = "TrainingBase";

    private final TrainingBases bases;

    BaseAccess(TrainingBases bases) {
        this.bases = bases;
    }

    /** The base if the current user may see it; empty when it does not exist or lies outside their reach. */
    @Transactional(readOnly = true)
    public Optional<TrainingBase> visible(long id) {
        Optional<CurrentUser> user = CurrentUser.find();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        return bases.findById(id).filter(base -> sees(user.get(), base));
    }

    /**
     * The base if the current user may run classes for it: 404 (not found) when they may not see it, a
     * {@link org.iptalent.shared.BusinessRuleException} when it is revoked and takes no new classes.
     */
    @Transactional(readOnly = true)
    public TrainingBase manageable(long baseId) {
        TrainingBase base = visible(baseId).orElseThrow(() -> new RecordNotFoundException(ENTITY, baseId));
        base.requireActive();
        return base;
    }

    /** The bases (not revoked) the current user may run classes for, by name. */
    @Transactional(readOnly = true)
    public List<TrainingBase> manageableBases() {
        return CurrentUser.find().map(user -> bases.findAll(visibleTo(user)
                .and((root, query, cb) -> cb.notEqual(root.get("status"), BaseStatus.REVOKED)), Sort.by("name")))
                .orElse(List.of());
    }

    /** Whether {@code user} may see {@code base}: inside an administrator's region, or among a manager's bases. */
    static boolean sees(CurrentUser user, TrainingBase base) {
        RegionScope scope = user.scope();
        if (!scope.isNothing() && scope.includes(base.getRegionCode())) {
            return true;
        }
        return user.has(Role.TRAINING_BASE_MANAGER) && base.isManagedBy(user.id());
    }

    /** The bases {@code user} may see, as a query: the same rule as {@link #sees}. */
    static Specification<TrainingBase> visibleTo(CurrentUser user) {
        RegionScope scope = user.scope();
        Specification<TrainingBase> managed = (root, query, cb) -> user.has(Role.TRAINING_BASE_MANAGER)
                ? cb.isMember(user.id(), root.<java.util.Collection<Long>>get("managerIds"))
                : cb.disjunction();
        if (scope.isNothing()) {
            return managed;
        }
        return scope.<TrainingBase>specification("regionCode").or(managed);
    }
}
