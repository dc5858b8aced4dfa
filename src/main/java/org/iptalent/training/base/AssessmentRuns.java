package org.iptalent.training.base;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.identity.UserManagement;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's assessment of the bases, run and decided by the national administrator. A run scores every base that
 * is not revoked and was designated by the year's end: computed items from the measures in bulk, reviewed items
 * from the reviews given so far (the reviews it asks for are created pending); a base already decided is left as
 * decided. A decision (keep, probation, revoke, with its reason) changes the base's status through the base itself,
 * which records the step in its history; both are audited.
 */
@Service
public class AssessmentRuns {

    static final String ENTITY = "TrainingBaseAssessment";

    private final Scorecards scorecards;
    private final Assessments assessments;
    private final Reviews reviews;
    private final TrainingBases bases;
    private final Measures measures;
    private final UserManagement users;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentRuns(Scorecards scorecards, Assessments assessments, Reviews reviews, TrainingBases bases,
            Measures measures, UserManagement users, AuditLog audit, Clock clock) {
        this.scorecards = scorecards;
        this.assessments = assessments;
        this.reviews = reviews;
        this.bases = bases;
        this.measures = measures;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a run did: how many bases it scored, and how many it left as decided. */
    public record RunResult(int year, int scored, int decided) {
    }

    @Transactional
    public RunResult run(int year) {
        AssessmentScorecards.requireNational();
        Scorecard card = scorecards.findByYear(year).orElseThrow(
                () -> new BusinessRuleException("year", "trainingBase.scorecard.none", String.valueOf(year)));
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<TrainingBase> assessed = bases.findAll((root, query, cb) -> cb.and(
                cb.notEqual(root.get("status"), BaseStatus.REVOKED),
                cb.lessThanOrEqualTo(root.get("designatedOn"), yearEnd)));
        Map<Long, Assessment> existing = assessments.findByScorecard(card.getId()).stream()
                .collect(Collectors.toMap(a -> a.getBase().getId(), Function.identity()));
        List<Long> ids = assessed.stream().map(TrainingBase::getId).toList();
        Map<String, Map<Long, BigDecimal>> values = new HashMap<>();
        for (ScorecardItem item : card.getItems()) {
            if (item.isComputed() && !values.containsKey(item.getMeasureCode())) {
                // a measure no longer on the platform has no data for anyone
                values.put(item.getMeasureCode(), measures.find(item.getMeasureCode())
                        .map(m -> m.values(ids, year)).orElse(Map.of()));
            }
        }
        Map<Long, List<Review>> given = reviews.findByAssessments(existing.values().stream().map(Assessment::getId)
                .toList()).stream().collect(Collectors.groupingBy(r -> r.getAssessment().getId()));
        Instant now = clock.instant();
        int scored = 0;
        int decided = 0;
        for (TrainingBase base : assessed) {
            Assessment assessment = existing.get(base.getId());
            if (assessment != null && assessment.isDecided()) {
                decided++;
                continue;
            }
            boolean created = assessment == null;
            if (created) {
                assessment = new Assessment(card, base);
            }
            List<Review> its = created ? List.of() : given.getOrDefault(assessment.getId(), List.of());
            Map<Long, ItemScore> points = new HashMap<>();
            for (ScorecardItem item : card.getItems()) {
                points.put(item.getId(), item.isComputed()
                        ? Scoring.computed(values.get(item.getMeasureCode()).get(base.getId()), item.getFullMarks())
                        : reviewed(item, its));
            }
            // scored before it is stored: a row has its total from the start
            assessment.score(points, now);
            if (created) {
                assessments.save(assessment);
            }
            askReviews(card, assessment, its);
            scored++;
        }
        assessments.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, AssessmentScorecards.ENTITY, card.getId())
                .message("audit.detail.assessmentRun", String.valueOf(year), scored, decided));
        return new RunResult(year, scored, decided);
    }

    /** The reviews a run asks for that do not exist yet: one per reviewer of each reviewed item. */
    private List<Review> askReviews(Scorecard card, Assessment assessment, List<Review> existing) {
        Set<String> asked = new HashSet<>();
        existing.forEach(r -> asked.add(r.getItemId() + ":" + r.getReviewerId()));
        List<Review> created = new ArrayList<>();
        for (ScorecardItem item : card.getItems()) {
            if (item.isComputed()) {
                continue;
            }
            for (Long reviewer : item.getReviewerIds()) {
                if (asked.add(item.getId() + ":" + reviewer)) {
                    created.add(new Review(assessment, item.getId(), reviewer));
                }
            }
        }
        return reviews.saveAll(created);
    }

    static ItemScore reviewed(ScorecardItem item, List<Review> reviews) {
        return Scoring.reviewed(reviews.stream().filter(r -> r.getItemId() == item.getId() && !r.isPending())
                .map(Review::getScore).toList());
    }

    /** Scores an assessment's reviewed items again after a review, its computed items as the run measured them. */
    void rescore(Assessment assessment) {
        List<Review> its = reviews.findByAssessment(assessment.getId());
        Map<Long, ItemScore> points = new HashMap<>(assessment.getScores());
        for (ScorecardItem item : assessment.getScorecard().getItems()) {
            if (!item.isComputed()) {
                points.put(item.getId(), reviewed(item, its));
            }
        }
        assessment.score(points, clock.instant());
    }

    /** The year's assessments, by base name; optionally one level's, bases named like {@code q}, or undecided ones. */
    @Transactional(readOnly = true)
    public Page<AssessmentRow> results(int year, String level, String q, boolean undecidedOnly, Pageable pageable) {
        AssessmentScorecards.requireNational();
        BaseLevel only = TrainingBaseRecords.parse(BaseLevel.class, "level", level, "trainingBase.filter.level");
        Specification<Assessment> spec = (root, query, cb) -> cb.equal(root.get("scorecard").get("year"), year);
        if (only != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("base").get("level"), only));
        }
        if (!TrainingBaseRecords.blank(q)) {
            String like = "%" + q.trim().toUpperCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.like(cb.upper(root.get("base").get("name")), like, '\\'));
        }
        if (undecidedOnly) {
            spec = spec.and((root, query, cb) -> cb.isNull(root.get("decision")));
        }
        Page<Assessment> page = assessments.findAll(spec, pageable);
        Map<Long, List<Review>> byAssessment = reviews.findByAssessments(page.getContent().stream()
                .map(Assessment::getId).toList()).stream().collect(Collectors.groupingBy(r -> r.getAssessment()
                .getId()));
        return page.map(a -> row(a, byAssessment.getOrDefault(a.getId(), List.of())));
    }

    @Transactional(readOnly = true)
    public AssessmentDetail detail(long id) {
        AssessmentScorecards.requireNational();
        Assessment assessment = assessments.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        List<Review> its = reviews.findByAssessment(id);
        Map<Long, String> names = new HashMap<>();
        List<AssessmentDetail.Line> lines = new ArrayList<>();
        for (ScorecardItem item : assessment.getScorecard().getItems()) {
            ItemScore score = assessment.getScores().get(item.getId());
            List<AssessmentDetail.ReviewLine> reviewLines = its.stream().filter(r -> r.getItemId() == item.getId())
                    .map(r -> new AssessmentDetail.ReviewLine(names.computeIfAbsent(r.getReviewerId(), this::name),
                            r.getScore(), r.getComment(), r.isPending())).toList();
            lines.add(new AssessmentDetail.Line(item.getId(), item.getName(), item.getKind(), item.getMeasureCode(),
                    measures.find(item.getMeasureCode()).map(BaseMeasure::labelKey).orElse(null), item.getWeight(),
                    item.getFullMarks(), score == null ? null : score.getMeasured(),
                    score == null ? null : score.getScore(), score == null || score.isNoData(), reviewLines));
        }
        Scorecard card = assessment.getScorecard();
        return new AssessmentDetail(row(assessment, its), card.getYear(), card.getKeepFrom(), card.getProbationFrom(),
                lines, assessment.getDecisionReason(), assessment.getDecidedOn(), assessment.getDecidedByName(),
                assessment.getComputedAt());
    }

    /**
     * The national administrator's decision on one base's assessment: the base keeps its designation, goes on
     * probation or is revoked, dated today, with the reason; a decided assessment is final.
     */
    @Transactional
    public AssessmentDetail decide(long id, long expectedVersion, String decision, String reason) {
        CurrentUser user = AssessmentScorecards.requireNational();
        Assessment assessment = assessments.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        if (assessment.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Assessment.class, id);
        }
        Adjustment adjustment = TrainingBaseRecords.parse(Adjustment.class, "decision", decision,
                "trainingBase.decision.unknown");
        if (reason != null && reason.trim().length() > 1000) {
            throw new BusinessRuleException("reason", "field.tooLong", 1000);
        }
        TrainingBase base = assessment.getBase();
        LocalDate today = LocalDate.now(clock);
        Decider decider = Decider.of(user);
        BaseStatus from = base.getStatus();
        assessment.decide(adjustment, reason, decider, today);
        if (adjustment.status() == from) {
            base.confirmStatus(today, reason, decider, assessment.getId());
        } else {
            base.changeStatus(adjustment.status(), today, reason, decider, assessment.getId());
        }
        // both are managed: flushed, never merged (a merge would copy the new history step as an empty row)
        assessments.flush();
        int year = assessment.getScorecard().getYear();
        AuditText decided = AuditText.message("trainingBase.adjustment." + adjustment.name());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(base.getRegionCode())
                .message("audit.detail.assessmentDecided", String.valueOf(year), base.getName(),
                        assessment.getTotal().toPlainString(), decided, reason.trim()));
        audit.record(AuditEvent.of(AuditAction.UPDATE, BaseAccess.ENTITY, base.getId()).region(base.getRegionCode())
                .message("audit.detail.trainingBaseStatus", TrainingBaseRecords.statusText(from),
                        TrainingBaseRecords.statusText(adjustment.status()), reason.trim()));
        return detail(id);
    }

    private AssessmentRow row(Assessment a, List<Review> its) {
        TrainingBase base = a.getBase();
        int pending = (int) its.stream().filter(Review::isPending).count();
        int noData = (int) a.getScores().values().stream().filter(ItemScore::isNoData).count();
        return new AssessmentRow(a.getId(), a.getVersion(), base.getId(), base.getName(), base.getLevel(),
                base.getRegionCode(), base.getStatus(), a.getTotal(), a.getRecommendation(), a.getDecision(), pending,
                noData);
    }

    private String name(long userId) {
        try {
            var account = users.get(userId);
            return account.displayName() + " (" + account.username() + ")";
        } catch (RecordNotFoundException e) {
            return "#" + userId;
        }
    }
}
