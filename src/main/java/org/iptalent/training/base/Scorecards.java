package org.iptalent.training.base;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Scorecards extends JpaRepository<Scorecard, Long> {

    Optional<Scorecard> findByYear(int year);

    /** The latest scorecard before {@code year}, to copy. */
    Optional<Scorecard> findFirstByYearLessThanOrderByYearDesc(int year);

    List<Scorecard> findAllByOrderByYearDesc();
}
