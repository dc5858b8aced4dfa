package org.iptalent.training.base;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Reviews extends JpaRepository<Review, Long> {

    @Query("select r from Review r where r.assessment.id in :assessmentIds")
    List<Review> findByAssessments(Collection<Long> assessmentIds);

    @Query("select r from Review r where r.assessment.id = :assessmentId order by r.itemId, r.reviewerId")
    List<Review> findByAssessment(long assessmentId);

    /** Whether a reviewer has a review still to give: the navigation asks on every page. */
    @Query("select count(r) > 0 from Review r where r.reviewerId = :reviewerId and r.score is null "
            + "and r.assessment.decision is null")
    boolean hasPending(long reviewerId);

    /** A reviewer's reviews of assessments not yet decided, pending first, then by base. */
    @Query("select r from Review r join fetch r.assessment a join fetch a.base b join fetch a.scorecard s "
            + "where r.reviewerId = :reviewerId and a.decision is null "
            + "order by case when r.score is null then 0 else 1 end, s.year desc, b.name, r.itemId")
    List<Review> findOpenFor(long reviewerId);
}
