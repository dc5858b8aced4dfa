package org.iptalent.training.program;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrainingPrograms extends JpaRepository<TrainingProgram, Long> {

    /** Programs a user may see: national ones and those of regions inside (or above) the user's. */
    @Query("""
            select p from TrainingProgram p
            where (:team is null or p.team = :team)
              and (:q is null or lower(p.title) like :q)
            """)
    Page<TrainingProgram> find(String team, String q, Pageable pageable);

    @Query("select l from ProgramLevel l join fetch l.program where l.id = :id")
    Optional<ProgramLevel> findLevel(long id);
}
