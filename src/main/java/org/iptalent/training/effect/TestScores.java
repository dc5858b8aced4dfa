package org.iptalent.training.effect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.enrollment.Enrollments;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.TrainingClass;
import org.iptalent.training.survey.SurveyScore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning, Kirkpatrick's second level: each trainee's score in a test before the class and in one after it (0 to
 * 100), entered in bulk by whoever runs the class while it is planned or once it is closed; the gain is post minus
 * pre, and a class's mean gain counts the trainees with both. A sheet is taken whole or not at all.
 */
@Service
public class TestScores {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ClassPlanning planning;
    private final Enrollments enrollments;
    private final TalentRegistry registry;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    TestScores(ClassPlanning planning, Enrollments enrollments, TalentRegistry registry, AuditLog audit,
            JdbcTemplate jdbc, Clock clock) {
        this.planning = planning;
        this.enrollments = enrollments;
        this.registry = registry;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A trainee's two scores as entered (either may be missing). */
    public record Scores(BigDecimal pre, BigDecimal post) {

        /** Post minus pre, when both are there. */
        public BigDecimal gain() {
            return pre == null || post == null ? null : post.subtract(pre);
        }
    }

    /** A trainee's row of the sheet: the name from the registry, the mobile masked. */
    public record Row(long enrollmentId, long talentId, String name, String mobileMasked, Enrollment.Status status,
            Scores scores) {
    }

    /** A class's sheet and its means; {@code editable} when the class takes scores. */
    public record Sheet(TrainingClass trainingClass, List<Row> rows, BigDecimal meanPre, BigDecimal meanPost,
            BigDecimal meanGain, int withBoth, boolean editable) {
    }

    @Transactional(readOnly = true)
    public Sheet sheet(long classId) {
        TrainingClass trainingClass = planning.run(classId);
        List<Enrollment> trainees = trainees(trainingClass);
        Map<Long, TalentCard> cards = registry.cards(trainees.stream().map(Enrollment::getTalentId).toList());
        Map<Long, Scores> scores = new HashMap<>();
        jdbc.query("select enrollment_id, pre_score, post_score from training_test_score where class_id = ?",
                rs -> {
                    scores.put(rs.getLong(1), new Scores(rs.getBigDecimal(2), rs.getBigDecimal(3)));
                }, classId);
        List<Row> rows = new ArrayList<>();
        for (Enrollment e : trainees) {
            TalentCard card = cards.get(e.getTalentId());
            rows.add(new Row(e.getId(), e.getTalentId(), card == null ? null : card.name(),
                    card == null ? null : card.mobileMasked(), e.getStatus(),
                    scores.getOrDefault(e.getId(), new Scores(null, null))));
        }
        List<Scores> all = rows.stream().map(Row::scores).toList();
        List<BigDecimal> gains = all.stream().map(Scores::gain).filter(g -> g != null).toList();
        return new Sheet(trainingClass, rows, oneDecimal(SurveyScore.mean(all.stream().map(Scores::pre).toList())),
                oneDecimal(SurveyScore.mean(all.stream().map(Scores::post).toList())),
                oneDecimal(SurveyScore.mean(gains)), gains.size(),
                trainingClass.getStatus() != TrainingClass.Status.CANCELLED);
    }

    /**
     * Records the scores of trainees of the class, by enrollment: a blank score clears one. Every score lies
     * between 0 and 100 with at most one decimal, and every enrollment is a trainee of the class; else nothing is
     * recorded. Returns how many trainees' scores were written.
     */
    @Transactional
    public int record(long classId, Map<Long, Scores> byEnrollment) {
        TrainingClass trainingClass = planning.run(classId);
        if (trainingClass.getStatus() == TrainingClass.Status.CANCELLED) {
            throw new BusinessRuleException("testScore.classCancelled");
        }
        Map<Long, Enrollment> trainees = new HashMap<>();
        trainees(trainingClass).forEach(e -> trainees.put(e.getId(), e));
        List<Problem> problems = new ArrayList<>();
        List<Long> invalid = new ArrayList<>();
        byEnrollment.forEach((enrollmentId, scores) -> {
            if (!trainees.containsKey(enrollmentId)) {
                problems.add(new Problem("enrollment", "testScore.notTrainee", List.of(String.valueOf(enrollmentId))));
            } else if (!valid(scores.pre()) || !valid(scores.post())) {
                invalid.add(enrollmentId);
            }
        });
        if (!invalid.isEmpty()) {
            Map<Long, TalentCard> cards = registry.cards(invalid.stream().map(id -> trainees.get(id).getTalentId())
                    .toList());
            for (Long id : invalid) {
                TalentCard card = cards.get(trainees.get(id).getTalentId());
                problems.add(new Problem("scores" + id, "testScore.invalid",
                        List.of(card == null ? String.valueOf(id) : card.name())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (byEnrollment.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        Long recorder = CurrentUser.require().id();
        List<Object[]> rows = new ArrayList<>();
        byEnrollment.forEach((enrollmentId, scores) -> rows.add(new Object[] {enrollmentId, classId, scores.pre(),
                scores.post(), now, recorder}));
        jdbc.batchUpdate("""
                insert into training_test_score (enrollment_id, class_id, pre_score, post_score, recorded_at,
                                                 recorded_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (enrollment_id) do update set pre_score = excluded.pre_score,
                    post_score = excluded.post_score, recorded_at = excluded.recorded_at,
                    recorded_by = excluded.recorded_by
                """, rows);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ClassPlanning.ENTITY, classId)
                .region(trainingClass.getRegionCode())
                .message("audit.effect.testScores", trainingClass.getTitle(), byEnrollment.size()));
        return byEnrollment.size();
    }

    private List<Enrollment> trainees(TrainingClass trainingClass) {
        return switch (trainingClass.getStatus()) {
            case PLANNED -> enrollments.placed(trainingClass.getId());
            case CLOSED -> enrollments.finished(trainingClass.getId());
            case CANCELLED -> List.of();
        };
    }

    /** Blank, or 0 to 100 with at most one decimal. */
    static boolean valid(BigDecimal score) {
        return score == null || (score.signum() >= 0 && score.compareTo(HUNDRED) <= 0
                && score.stripTrailingZeros().scale() <= 1);
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}
