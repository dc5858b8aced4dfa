package org.iptalent.demand.exchange;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Pairings extends JpaRepository<Pairing, Long>, JpaSpecificationExecutor<Pairing> {
}
