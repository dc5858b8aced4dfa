package org.iptalent.expert.thinktank;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ThinkTanks extends JpaRepository<ThinkTank, Long>, JpaSpecificationExecutor<ThinkTank> {

    boolean existsByName(String name);
}
