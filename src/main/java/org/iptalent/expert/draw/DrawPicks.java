package org.iptalent.expert.draw;

import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DrawPicks extends JpaRepository<DrawPick, Long> {

    List<DrawPick> findByDrawIdOrderByRequirementAscPositionAsc(long drawId);

    /** Every pick of the draw, locked: an answer and the reserve it calls are decided one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from DrawPick p where p.drawId = ?1 order by p.requirement, p.position")
    List<DrawPick> lockAll(long drawId);
}
