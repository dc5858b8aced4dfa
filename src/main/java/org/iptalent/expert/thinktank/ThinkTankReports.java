package org.iptalent.expert.thinktank;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThinkTankReports extends JpaRepository<ThinkTankReport, Long> {

    @Query("select r from ThinkTankReport r where r.thinkTank.id = ?1 order by r.publishedOn desc, r.id desc")
    List<ThinkTankReport> ofThinkTank(long thinkTankId);

    @Query(value = "select r from ThinkTankReport r where r.thinkTank.id = ?1",
            countQuery = "select count(r) from ThinkTankReport r where r.thinkTank.id = ?1")
    Page<ThinkTankReport> ofThinkTank(long thinkTankId, Pageable pageable);

    @Query("select r from ThinkTankReport r where r.topic.id = ?1")
    List<ThinkTankReport> ofTopic(long topicId);
}
