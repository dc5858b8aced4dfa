package org.iptalent.training.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Nominations extends JpaRepository<Nomination, Long> {

    Optional<Nomination> findByClassIdAndTalentId(long classId, long talentId);

    /** A class's nominations, by province then when nominated; of one province when a code is given. */
    @Query("""
            select n from Nomination n where n.classId = :classId
              and (:province is null or n.provinceCode = :province)
            order by n.provinceCode, n.nominatedAt, n.id
            """)
    List<Nomination> ofClass(long classId, String province);

    @Query("""
            select count(n) from Nomination n
            where n.classId = :classId and n.provinceCode = :province and n.status in :statuses
            """)
    long countHolding(long classId, String province, Collection<Nomination.Status> statuses);

    @Query("select n from Nomination n where n.classId = :classId and n.status = 'SELECTED' order by n.decidedAt, n.id")
    List<Nomination> selected(long classId);
}
