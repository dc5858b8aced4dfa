package org.iptalent.planning.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

public interface Plans extends JpaRepository<Plan, Long> {

    @Query("select p from Plan p where p.status = org.iptalent.planning.plan.Plan.Status.IN_FORCE")
    Optional<Plan> inForce();

    @Query("select p from Plan p order by p.startsYear desc, p.id desc")
    List<Plan> newestFirst();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Plan p where p.id = :id")
    Optional<Plan> lock(long id);
}
