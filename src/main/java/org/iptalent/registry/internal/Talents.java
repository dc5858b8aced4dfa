package org.iptalent.registry.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface Talents extends JpaRepository<Talent, Long> {

    /** A profile in one round trip: the employer and categories with the talent. */
    @EntityGraph(attributePaths = {"employer", "categories"})
    Optional<Talent> findWithDetailsById(Long id);

    Optional<Talent> findByIdentityHash(String identityHash);
}
