package org.iptalent.expert.pool;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Experts extends JpaRepository<Expert, Long>, JpaSpecificationExecutor<Expert> {

    Optional<Expert> findByTalentId(long talentId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Expert e where e.id = ?1")
    Optional<Expert> lock(long id);
}
