package org.iptalent.demand.round;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRoundRepository extends JpaRepository<SurveyRound, Long> {

    Optional<SurveyRound> findByRegionCodeAndYear(String regionCode, int year);

    List<SurveyRound> findAllByOrderByYearDescRegionCodeAsc();
}
