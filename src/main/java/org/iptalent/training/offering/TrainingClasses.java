package org.iptalent.training.offering;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TrainingClasses extends JpaRepository<TrainingClass, Long>, JpaSpecificationExecutor<TrainingClass> {

    /** The class with its row locked: enrollments of one class are decided one at a time (capacity, waiting list). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from TrainingClass c where c.id = :id")
    Optional<TrainingClass> lockById(long id);
}
