package org.iptalent.planning.task.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ProgressReports extends JpaRepository<ProgressReport, Long>, JpaSpecificationExecutor<ProgressReport> {

    Optional<ProgressReport> findByTaskIdAndPeriodIdAndRegionCode(long taskId, long periodId, String regionCode);
}
