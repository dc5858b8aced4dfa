package org.iptalent.certificate.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The certificate types. */
public interface CertificateTypes extends JpaRepository<CertificateType, Long> {

    Optional<CertificateType> findByCode(String code);

    List<CertificateType> findAllByOrderByCodeAsc();
}
