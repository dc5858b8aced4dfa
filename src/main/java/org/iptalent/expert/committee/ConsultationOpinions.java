package org.iptalent.expert.committee;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationOpinions extends JpaRepository<ConsultationOpinion, Long> {

    List<ConsultationOpinion> findByConsultationIdOrderByIdAsc(long consultationId);

    Optional<ConsultationOpinion> findByConsultationIdAndExpertId(long consultationId, long expertId);

    List<ConsultationOpinion> findByExpertId(long expertId);

    Page<ConsultationOpinion> findByConsultationId(long consultationId, Pageable pageable);
}
