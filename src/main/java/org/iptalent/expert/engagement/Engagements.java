package org.iptalent.expert.engagement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Engagements extends JpaRepository<Engagement, Long> {

    List<Engagement> findByExpertIdOrderByStartsOnDescIdDesc(long expertId);
}
