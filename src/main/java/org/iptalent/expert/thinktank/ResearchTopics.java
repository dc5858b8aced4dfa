package org.iptalent.expert.thinktank;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchTopics extends JpaRepository<ResearchTopic, Long> {

    List<ResearchTopic> findByThinkTankIdOrderByStartsOnDescIdDesc(long thinkTankId);

    Page<ResearchTopic> findByThinkTankId(long thinkTankId, Pageable pageable);
}
