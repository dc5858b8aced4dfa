package org.iptalent.certificate.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The certificates issued here. */
public interface IssuedCertificates extends JpaRepository<Certificate, Long>, JpaSpecificationExecutor<Certificate> {

    Optional<Certificate> findByTypeAndSourceKindAndSourceIdAndTalentId(CertificateType type, String sourceKind,
            long sourceId, long talentId);

    @EntityGraph(attributePaths = "type")
    List<Certificate> findByTalentIdOrderByIssuedOnDescIdDesc(long talentId);
}
