package org.iptalent.expert.committee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Consultations extends JpaRepository<Consultation, Long> {

    List<Consultation> findByCommitteeIdOrderByCreatedAtDesc(long committeeId);

    Page<Consultation> findByCommitteeId(long committeeId, Pageable pageable);

    List<Consultation> findByIdInOrderByDeadlineDesc(Collection<Long> ids);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Consultation c where c.id = ?1")
    Optional<Consultation> lock(long id);
}
