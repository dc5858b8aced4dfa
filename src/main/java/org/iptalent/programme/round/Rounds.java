package org.iptalent.programme.round;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Rounds extends JpaRepository<SelectionRound, Long> {

    List<SelectionRound> findByProgrammeIdOrderByYearDesc(long programmeId);

    boolean existsByProgrammeIdAndYear(long programmeId, int year);

    /** The round, locked: nominations against its quotas and its steps are decided one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from SelectionRound r where r.id = ?1")
    Optional<SelectionRound> lock(long id);
}
