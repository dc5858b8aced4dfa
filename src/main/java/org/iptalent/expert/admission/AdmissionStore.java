package org.iptalent.expert.admission;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AdmissionStore extends JpaRepository<AdmissionApplication, Long>,
        JpaSpecificationExecutor<AdmissionApplication> {

    List<AdmissionApplication> findByTalentIdOrderByIdDesc(long talentId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AdmissionApplication a where a.id = ?1")
    Optional<AdmissionApplication> lock(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AdmissionApplication a where a.id in ?1 order by a.id")
    List<AdmissionApplication> lockAll(List<Long> ids);
}
