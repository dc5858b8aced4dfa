package org.iptalent.training.base;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * The training bases as stored. Reads that a user asks for go through {@link BaseAccess} or the base service,
 * which apply region scope and management; this repository applies none.
 */
public interface TrainingBases extends JpaRepository<TrainingBase, Long>, JpaSpecificationExecutor<TrainingBase> {

    /** The bases an account manages, by name. */
    @Query("select b from TrainingBase b where :userId member of b.managerIds order by b.name")
    List<TrainingBase> findManagedBy(long userId);

    /** A base with its host organisation, for a page that shows both. */
    @Query("select b from TrainingBase b join fetch b.hostOrganisation where b.id = :id")
    Optional<TrainingBase> findWithHostById(long id);

    Optional<TrainingBase> findByName(String name);
}
