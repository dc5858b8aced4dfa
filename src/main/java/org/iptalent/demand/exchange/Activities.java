package org.iptalent.demand.exchange;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Activities extends JpaRepository<Activity, Long> {

    Page<Activity> findByPairingId(long pairingId, Pageable pageable);
}
