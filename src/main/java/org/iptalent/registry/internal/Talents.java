package org.iptalent.registry.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Talents extends JpaRepository<Talent, Long> {

    Optional<Talent> findByIdentityHash(String identityHash);
}
