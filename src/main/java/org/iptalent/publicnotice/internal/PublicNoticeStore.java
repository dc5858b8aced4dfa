package org.iptalent.publicnotice.internal;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PublicNoticeStore extends JpaRepository<PublicNotice, Long>, JpaSpecificationExecutor<PublicNotice> {

    /** What the public sees: notices already open, closing on or after {@code since}, the latest first. */
    @Query("select n from PublicNotice n where n.opensOn <= ?1 and n.closesOn >= ?2 order by n.closesOn desc, n.id desc")
    Page<PublicNotice> shown(LocalDate today, LocalDate since, Pageable pageable);

    /** The notice locked while an objection is counted against its limits. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from PublicNotice n where n.id = ?1")
    Optional<PublicNotice> lock(long id);
}
