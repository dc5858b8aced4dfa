package org.iptalent.training.base;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Assessments extends JpaRepository<Assessment, Long>, JpaSpecificationExecutor<Assessment> {

    @Query("select a from Assessment a join fetch a.scorecard s where a.base.id = :baseId order by s.year desc")
    List<Assessment> findByBaseNewestFirst(long baseId);

    @Query("select a from Assessment a where a.scorecard.id = :scorecardId")
    List<Assessment> findByScorecard(long scorecardId);

    @Query("select count(a) from Assessment a where a.scorecard.id = :scorecardId")
    long countByScorecard(long scorecardId);

    /** A base's latest assessment, as its page and the API show it. */
    default Optional<AssessmentSummary> latestOf(long baseId) {
        return findByBaseNewestFirst(baseId).stream().findFirst().map(Assessment::summary);
    }
}
