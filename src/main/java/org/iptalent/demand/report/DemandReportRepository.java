package org.iptalent.demand.report;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DemandReportRepository extends JpaRepository<DemandReport, Long>, JpaSpecificationExecutor<DemandReport> {
}
