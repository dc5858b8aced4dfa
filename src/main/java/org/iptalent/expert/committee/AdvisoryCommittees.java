package org.iptalent.expert.committee;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AdvisoryCommittees extends JpaRepository<AdvisoryCommittee, Long> {

    List<AdvisoryCommittee> findAllByOrderByLevelAscRegionCodeAscNameAsc();

    Optional<AdvisoryCommittee> findByName(String name);

    /** The committee locked, so that appointments to it are checked one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from AdvisoryCommittee c where c.id = ?1")
    Optional<AdvisoryCommittee> lock(long id);
}
