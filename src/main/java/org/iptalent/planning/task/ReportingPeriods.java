package org.iptalent.planning.task;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportingPeriods extends JpaRepository<ReportingPeriod, Long> {

    @Query("select p from ReportingPeriod p where p.planId = :planId order by p.year")
    List<ReportingPeriod> ofPlan(long planId);
}
