package org.iptalent.training.base;

import java.time.Clock;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews a named reviewer gives: their open reviews (pending first), and a score with a comment, which scores
 * the base's assessment again at once. Only the reviewer sees or changes their own reviews; another's is a 404.
 */
@Service
public class BaseReviews {

    static final String ENTITY = "TrainingBaseReview";

    private final Reviews reviews;
    private final AssessmentRuns runs;
    private final AuditLog audit;
    private final Clock clock;

    BaseReviews(Reviews reviews, AssessmentRuns runs, AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in user's reviews of assessments not yet decided. */
    @Transactional(readOnly = true)
    public List<ReviewTask> open() {
        CurrentUser user = CurrentUser.require();
        return reviews.findOpenFor(user.id()).stream().map(BaseReviews::task).toList();
    }

    /** Whether the user has a review still to give (the navigation offers the page then). */
    @Transactional(readOnly = true)
    public boolean hasPending(long userId) {
        return reviews.hasPending(userId);
    }

    @Transactional(readOnly = true)
    public ReviewTask get(long id) {
        return task(own(id));
    }

    @Transactional
    public ReviewTask give(long id, long expectedVersion, Integer score, String comment) {
        Review review = own(id);
        if (review.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Review.class, id);
        }
        review.give(score, comment, clock.instant());
        reviews.flush();
        runs.rescore(review.getAssessment());
        TrainingBase base = review.getAssessment().getBase();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(base.getRegionCode())
                .message("audit.detail.reviewGiven", base.getName(), itemName(review), score));
        return task(review);
    }

    private Review own(long id) {
        CurrentUser user = CurrentUser.require();
        return reviews.findById(id).filter(r -> r.getReviewerId() == user.id())
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    private static String itemName(Review review) {
        return review.getAssessment().getScorecard().getItems().stream()
                .filter(i -> i.getId() == review.getItemId()).map(ScorecardItem::getName).findFirst().orElse("");
    }

    private static ReviewTask task(Review r) {
        Assessment a = r.getAssessment();
        TrainingBase base = a.getBase();
        return new ReviewTask(r.getId(), r.getVersion(), a.getScorecard().getYear(), base.getId(), base.getName(),
                base.getRegionCode(), itemName(r), r.getScore(), r.getComment(), r.isPending());
    }
}
