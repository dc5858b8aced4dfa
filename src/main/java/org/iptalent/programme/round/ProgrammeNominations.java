package org.iptalent.programme.round;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeNominations extends JpaRepository<ProgrammeNomination, Long> {

    List<ProgrammeNomination> findByRoundIdOrderByIdAsc(long roundId);

    boolean existsByRoundIdAndTalentId(long roundId, long talentId);

    long countByRoundIdAndProvinceCode(long roundId, String provinceCode);

    long countByRoundId(long roundId);
}
