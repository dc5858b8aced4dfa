package org.iptalent.planning.target;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionalTargets extends JpaRepository<RegionalTarget, Long> {

    Optional<RegionalTarget> findByIndicatorIdAndRegionCode(long indicatorId, String regionCode);
}
