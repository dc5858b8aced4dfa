package org.iptalent.planning.target.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanPublications extends JpaRepository<PlanPublication, Long> {

    List<PlanPublication> findByPlanIdOrderByMonthDescIdDesc(long planId);

    Optional<PlanPublication> findFirstByPlanIdAndMonthAndWithdrawnAtIsNull(long planId, LocalDate month);

    List<PlanPublication> findByWithdrawnAtIsNullOrderByMonthDescPublishedAtDesc();
}
