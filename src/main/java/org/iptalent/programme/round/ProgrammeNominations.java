package org.iptalent.programme.round;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgrammeNominations extends JpaRepository<ProgrammeNomination, Long> {

    List<ProgrammeNomination> findByRoundIdOrderByIdAsc(long roundId);

    boolean existsByRoundIdAndTalentId(long roundId, long talentId);

    /** Which of these talents hold a nomination to the round. */
    @Query("select n.talentId from ProgrammeNomination n where n.roundId = ?1 and n.talentId in ?2")
    List<Long> talentsNominated(long roundId, Collection<Long> talentIds);

    long countByRoundIdAndProvinceCode(long roundId, String provinceCode);

    long countByRoundId(long roundId);

    /** The ids of a round's nominations, oldest first: a page of them is read by id. */
    @Query("select n.id from ProgrammeNomination n where n.roundId = ?1 order by n.id")
    List<Long> idsOf(long roundId);

    /** The ids of one province's nominations to a round, oldest first. */
    @Query("select n.id from ProgrammeNomination n where n.roundId = ?1 and n.provinceCode = ?2 order by n.id")
    List<Long> idsOf(long roundId, String provinceCode);

    /** How many nominations each province made in a round. */
    @Query("select n.provinceCode, count(n) from ProgrammeNomination n where n.roundId = ?1 group by n.provinceCode")
    List<Object[]> countsByProvince(long roundId);
}
