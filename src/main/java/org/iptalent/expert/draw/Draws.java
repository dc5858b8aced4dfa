package org.iptalent.expert.draw;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Draws extends JpaRepository<Draw, Long>, JpaSpecificationExecutor<Draw> {
}
