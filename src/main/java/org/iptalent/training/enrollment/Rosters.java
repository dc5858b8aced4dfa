package org.iptalent.training.enrollment;

import java.util.Map;

import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.TrainingClass;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on a class's roster, for whom: whoever runs the class sees every trainee; an administrator whose region
 * does not hold the class sees the trainees from their region (those they may have assigned); nobody else sees any.
 */
@Service
public class Rosters {

    private final ClassPlanning planning;
    private final Enrollments enrollments;
    private final TalentRegistry registry;

    Rosters(ClassPlanning planning, Enrollments enrollments, TalentRegistry registry) {
        this.planning = planning;
        this.enrollments = enrollments;
        this.registry = registry;
    }

    /** @param waitingPosition the place on the waiting list (1 is next), 0 unless waiting */
    public record RosterLine(Enrollment enrollment, TalentCard talent, long waitingPosition) {
    }

    public record Roster(boolean complete, long placesTaken, long waiting, Page<RosterLine> lines) {
    }

    @Transactional(readOnly = true)
    public Roster of(long classId, Enrollment.Status status, Pageable pageable) {
        TrainingClass trainingClass = planning.get(classId);
        RegionScope scope;
        boolean runs = planning.runs(trainingClass);
        if (runs) {
            scope = RegionScope.national();
        } else {
            scope = CurrentUser.require().scope();
            if (scope.isNothing()) {
                throw new RecordNotFoundException(ClassPlanning.ENTITY, classId);
            }
        }
        Page<Enrollment> page = enrollments.roster(classId, status, scope.likePattern(), pageable);
        Map<Long, TalentCard> cards = registry.cards(page.getContent().stream().map(Enrollment::getTalentId).toList());
        Map<Long, Long> positions = enrollments.positionsOf(classId, page.getContent().stream()
                .filter(e -> e.getStatus() == Enrollment.Status.WAITLISTED).map(Enrollment::getId).toList());
        ClassFill fill = enrollments.fill(classId);
        return new Roster(runs, fill.placesTaken(), fill.waiting(), page.map(e -> new RosterLine(e,
                cards.get(e.getTalentId()), positions.getOrDefault(e.getId(), 0L))));
    }
}
