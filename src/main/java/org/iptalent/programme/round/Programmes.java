package org.iptalent.programme.round;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Programmes extends JpaRepository<TalentProgramme, Long> {

    Optional<TalentProgramme> findByCode(String code);

    List<TalentProgramme> findAllByOrderByLevelAscIdAsc();
}
