package org.iptalent.programme.round;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Programmes extends JpaRepository<TalentProgramme, Long> {

    Optional<TalentProgramme> findByCode(String code);

    List<TalentProgramme> findAllByOrderByLevelAscIdAsc();

    /** Locks the programme's row: two rounds of one year opened at once are decided one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from TalentProgramme p where p.id = ?1")
    Optional<TalentProgramme> lock(long id);
}
