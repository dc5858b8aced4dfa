package org.iptalent.training.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.training.enrollment.Enrollments;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.TrainingClass;
import org.springframework.stereotype.Component;

/**
 * A cohort filter as the API takes it: every code known to its code list (the registry's search would match
 * nothing and enrol no one, silently), and a filter that narrows nothing taken only when the class can seat the
 * caller's whole region. An empty filter is most likely a client's mistake, and enrolling a province's every talent
 * would fill a class's waiting list with thousands; when the class's free places hold everyone it would enrol, the
 * request is plainly meant, and it is taken.
 */
@Component
class CohortFilters {

    static final Set<String> STATUSES = Set.of("ACTIVE", "LEFT", "RETIRED");

    private final ReferenceData reference;
    private final TalentRegistry registry;
    private final ClassPlanning planning;
    private final Enrollments enrollments;

    CohortFilters(ReferenceData reference, TalentRegistry registry, ClassPlanning planning, Enrollments enrollments) {
        this.reference = reference;
        this.registry = registry;
        this.planning = planning;
        this.enrollments = enrollments;
    }

    /** Every code of the filter its code list does not know. */
    List<Problem> problems(CohortFilter filter) {
        List<Problem> problems = new ArrayList<>();
        region("filter.province", filter.province(), true).ifPresent(problems::add);
        region("filter.city", filter.city(), false).ifPresent(problems::add);
        reference.checkTerm("filter.team", TaxonomyKind.TEAM, filter.team()).ifPresent(problems::add);
        reference.checkTerm("filter.category", TaxonomyKind.CATEGORY, filter.category()).ifPresent(problems::add);
        reference.checkTerm("filter.qualification", TaxonomyKind.QUALIFICATION_TYPE, filter.qualification())
                .ifPresent(problems::add);
        reference.checkTerm("filter.education", TaxonomyKind.EDUCATION, filter.education()).ifPresent(problems::add);
        reference.checkTerm("filter.discipline", TaxonomyKind.DISCIPLINE, filter.discipline())
                .ifPresent(problems::add);
        reference.checkIndustry("filter.industry", filter.industry()).ifPresent(problems::add);
        if (filter.status() != null && !filter.status().isBlank() && !STATUSES.contains(filter.status().trim())) {
            problems.add(new Problem("filter.status", ReferenceData.UNKNOWN_CODE, List.<Object>of(filter.status().trim())));
        }
        return problems;
    }

    /**
     * Refuses a filter that narrows nothing unless the class's free places seat everyone it matches in the caller's
     * region (the registry counts them, up to the free places and no further).
     */
    void requireNarrowedOrSeated(long classId, CohortFilter filter, TalentCriteria criteria) {
        if (!filter.narrowsNothing()) {
            return;
        }
        TrainingClass trainingClass = planning.get(classId);
        int free = (int) Math.max(0, trainingClass.getCapacity() - enrollments.placesTaken(classId));
        try {
            registry.cohort(criteria, free);
        } catch (BusinessRuleException e) {
            if (!"talent.cohort.tooLarge".equals(e.messageKey())) {
                throw e;
            }
            throw new BusinessRuleException("filter", "training.api.cohort.unfiltered", free);
        }
    }

    private Optional<Problem> region(String field, String code, boolean province) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Optional<Division> division = reference.division(code.trim());
        if (division.isEmpty() || division.get().isProvince() != province) {
            return Optional.of(new Problem(field, ReferenceData.UNKNOWN_CODE, List.<Object>of(code.trim())));
        }
        return Optional.empty();
    }
}
