package org.iptalent.training.effect;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface FollowUps extends JpaRepository<FollowUp, Long> {

    /** The follow-up a link's token leads to, its row locked: two answers through one link are taken in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from FollowUp f where f.tokenHash = :hash")
    Optional<FollowUp> lockByTokenHash(String hash);

    @Query("select f from FollowUp f where f.tokenHash = :hash")
    Optional<FollowUp> findByTokenHash(String hash);

    List<FollowUp> findByTalentIdOrderByIdDesc(long talentId);
}
