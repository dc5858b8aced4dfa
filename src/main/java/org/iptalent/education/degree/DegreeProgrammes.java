package org.iptalent.education.degree;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface DegreeProgrammes extends JpaRepository<DegreeProgramme, Long> {

    /** The programme, its row locked: two figures of one programme recorded at once are checked one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from DegreeProgramme p where p.id = ?1")
    java.util.Optional<DegreeProgramme> findLocked(long id);
}
