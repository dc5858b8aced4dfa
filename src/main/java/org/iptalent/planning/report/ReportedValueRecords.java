package org.iptalent.planning.report;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReportedValueRecords extends JpaRepository<ReportedValue, Long> {

    /** An indicator's values in every region (the national office's list). */
    Page<ReportedValue> findByIndicatorId(long indicatorId, Pageable pageable);

    /** An indicator's values of one region (a province's own list). */
    Page<ReportedValue> findByIndicatorIdAndRegionCode(long indicatorId, String regionCode, Pageable pageable);

    /** The value locked while it is decided, so two decisions never both pass the state check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from ReportedValue v where v.id = :id")
    Optional<ReportedValue> lock(long id);

    @Query(value = "select plan_id from indicator where id = :indicatorId", nativeQuery = true)
    long planOfIndicator(long indicatorId);

    @Query(value = "select code from indicator where id = :indicatorId", nativeQuery = true)
    String codeOfIndicator(long indicatorId);
}
