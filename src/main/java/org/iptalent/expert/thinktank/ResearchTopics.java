package org.iptalent.expert.thinktank;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchTopics extends JpaRepository<ResearchTopic, Long> {

    List<ResearchTopic> findByThinkTankIdOrderByStartsOnDescIdDesc(long thinkTankId);
}
