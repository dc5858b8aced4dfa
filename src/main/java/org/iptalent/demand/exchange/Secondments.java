package org.iptalent.demand.exchange;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Secondments extends JpaRepository<Secondment, Long>, JpaSpecificationExecutor<Secondment> {
}
