package org.iptalent.certificate.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The certificates talents uploaded. */
public interface ExternalCertificateRecords extends JpaRepository<ExternalCertificate, Long>,
        JpaSpecificationExecutor<ExternalCertificate> {

    List<ExternalCertificate> findByTalentIdAndReviewOrderByIssuedOnDesc(long talentId, ExternalCertificate.Review review);

    List<ExternalCertificate> findByTalentIdOrderByCreatedAtDesc(long talentId);
}
