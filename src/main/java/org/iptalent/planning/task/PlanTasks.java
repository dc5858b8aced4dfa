package org.iptalent.planning.task;

import java.util.Comparator;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanTasks extends JpaRepository<PlanTask, Long> {

    /** The plan's order: main tasks, then key projects, each by number. */
    Comparator<PlanTask> ORDER = Comparator.comparing(PlanTask::getKind).thenComparingInt(PlanTask::getNumber);

    @Query("select t from PlanTask t where t.planId = :planId")
    List<PlanTask> findByPlan(long planId);

    default List<PlanTask> ofPlan(long planId) {
        return findByPlan(planId).stream().sorted(ORDER).toList();
    }

    boolean existsByPlanIdAndKindAndNumberAndIdNot(long planId, PlanTask.Kind kind, int number, long id);
}
