package org.iptalent.training.survey.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.iptalent.platform.jdbc.CopyRows;
import org.iptalent.training.survey.Aspect;
import org.iptalent.training.survey.ItemKind;
import org.iptalent.training.survey.SurveyProperties;
import org.iptalent.training.survey.SurveyScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The surveys' demo data, after the demo classes: every closed demo class gets its satisfaction survey (when its
 * closing did not send one) and about three in four trainees answer it, with a realistic spread: most bases near
 * the plan's 90, some clearly lower, so the national score comes out near 90 but not on it. Trainees get pre- and
 * post-test scores, and classes that ended months ago their employers' follow-up, half of it answered.
 * Deterministic from the demo seed; written with {@code COPY}. Comments come from
 * {@code training/survey-demo.properties}.
 */
@Component
class SurveyDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final SurveyProperties surveys;

    SurveyDemoData(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction, AuditLog audit,
            SurveyProperties surveys) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.surveys = surveys;
    }

    @Override
    public String name() {
        return "training-surveys";
    }

    @Override
    public int order() {
        return 60;
    }

    /** A survey item as the demo answers it. */
    private record Item(long id, ItemKind kind, Aspect aspect) {
    }

    /** What was generated, for the log and the audit entry. */
    record Outcome(int surveys, int responses, BigDecimal score, int testScores, int followUps) {
    }

    @Override
    public void contribute(DemoProperties demo) {
        Outcome outcome = generate(demo.seed() + 60, LocalDate.now(BEIJING));
        if (outcome.surveys() > 0) {
            log.info("Demo surveys: {} classes, {} responses, national score {}, {} test scores, {} follow-ups",
                    outcome.surveys(), outcome.responses(), outcome.score(), outcome.testScores(),
                    outcome.followUps());
        }
    }

    /** Generates the surveys of the closed classes that have no responses yet, as of {@code today}. */
    Outcome generate(long seed, LocalDate today) {
        Random random = new Random(seed);
        DemoTexts texts = DemoTexts.load("training/survey-demo.properties");
        return transaction.execute(status -> {
            int created = sendMissingSurveys();
            Map<Long, Double> quality = baseQuality(seed);
            int[] responses = {0};
            BigDecimal[] total = {BigDecimal.ZERO};
            answer(random, quality, texts, today, responses, total);
            int tests = testScores(random);
            int followUps = followUps(random, quality, texts, today);
            BigDecimal score = responses[0] == 0 ? null
                    : total[0].divide(BigDecimal.valueOf(responses[0]), 1, RoundingMode.HALF_UP);
            int classes = jdbc.queryForObject("select count(*) from training_survey where kind = 'SATISFACTION'",
                    Integer.class);
            if (classes > 0) {
                // no actor: the platform made it
                audit.record(AuditEvent.of(AuditAction.CREATE, "DemoData", null).message("audit.survey.demo",
                        classes, responses[0], score == null ? "—" : score.toPlainString(), tests, followUps));
            }
            return new Outcome(classes, responses[0], score, tests, followUps);
        });
    }

    /**
     * The satisfaction survey of every closed class with trainees whose closing sent none (demo classes written by
     * SQL): the questionnaire's items, one invitation per trainee, open 14 days from the class's end.
     */
    private int sendMissingSurveys() {
        List<Long> ids = jdbc.queryForList("""
                insert into training_survey (class_id, kind, base_id, region_code, year, questionnaire_revision,
                                             opens_on, closes_on, invited, created_at)
                select c.id, 'SATISFACTION', c.base_id, c.region_code, extract(year from c.ends_on)::int, q.revision,
                       c.ends_on, c.ends_on + ?, f.trainees, coalesce(c.closed_at, now())
                from training_class c
                join questionnaire q on q.kind = 'SATISFACTION'
                join lateral (select count(*) trainees from enrollment e
                              where e.class_id = c.id and e.status in ('COMPLETED', 'NOT_COMPLETED')) f on true
                where c.status = 'CLOSED' and f.trainees > 0
                  and not exists (select 1 from training_survey s where s.class_id = c.id and s.kind = 'SATISFACTION')
                returning id
                """, Long.class, surveys.openDays());
        if (ids.isEmpty()) {
            return 0;
        }
        Long[] surveyIds = ids.toArray(Long[]::new);
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into training_survey_item (survey_id, position, text_zh, text_en, kind, aspect, required)
                    select s.id, i.position, i.text_zh, i.text_en, i.kind, i.aspect, i.required
                    from training_survey s join questionnaire_item i on i.questionnaire_kind = s.kind
                    where s.id = any(?)
                    """);
            ps.setArray(1, con.createArrayOf("bigint", surveyIds));
            return ps;
        });
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into training_survey_invitation (survey_id, enrollment_id, talent_id)
                    select s.id, e.id, e.talent_id from training_survey s
                    join enrollment e on e.class_id = s.class_id and e.status in ('COMPLETED', 'NOT_COMPLETED')
                    where s.id = any(?)
                    """);
            ps.setArray(1, con.createArrayOf("bigint", surveyIds));
            return ps;
        });
        return ids.size();
    }

    /** Each base's quality ({@link #quality}), drawn from the seed and the base, whatever other bases there are. */
    private Map<Long, Double> baseQuality(long seed) {
        Map<Long, Double> quality = new HashMap<>();
        for (Long base : jdbc.queryForList("select distinct base_id from training_survey", Long.class)) {
            quality.put(base, quality(new Random(seed * 31 + base)));
        }
        return quality;
    }

    /**
     * How well a base's classes go down, the mean its trainees' moods centre on: most bases between 87 and 95, about
     * one in six clearly lower (75 to 83).
     */
    static double quality(Random random) {
        return random.nextInt(6) == 0 ? 75 + random.nextDouble() * 8 : 87 + random.nextDouble() * 8;
    }

    /** A trainee's mood about a class of a base of this quality, on 100 points. */
    static double mood(Random random, double quality) {
        return clamp(quality + random.nextGaussian() * 8, 20, 100);
    }

    /** A rating of one item by a trainee in this mood. */
    static int rating(Random random, ItemKind kind, double mood) {
        return point(kind, mood + random.nextGaussian() * 7);
    }

    private record Waiting(long invitationId, long surveyId, long baseId, LocalDate opensOn, LocalDate closesOn) {
    }

    /** About three in four trainees of each survey with no response yet answer it. */
    private void answer(Random random, Map<Long, Double> quality, DemoTexts texts, LocalDate today,
            int[] responses, BigDecimal[] total) {
        List<Waiting> waiting = jdbc.query("""
                select i.id, s.id, s.base_id, s.opens_on, s.closes_on from training_survey s
                join training_survey_invitation i on i.survey_id = s.id and i.responded_at is null
                where s.kind = 'SATISFACTION'
                  and not exists (select 1 from training_survey_response r where r.survey_id = s.id)
                order by s.id, i.id
                """, (rs, n) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
        Map<Long, List<Item>> items = items("SATISFACTION");
        UUID salt = UUID.randomUUID();
        CopyRows responseRows = new CopyRows(waiting.size());
        CopyRows answerRows = new CopyRows(waiting.size() * 7);
        List<Object[]> answered = new ArrayList<>();
        for (Waiting w : waiting) {
            if (random.nextDouble() > 0.76) {
                continue;
            }
            double mood = mood(random, quality.getOrDefault(w.baseId(), 88.0));
            // a random id as an answer gets: from the demo's seed, so the draws after it stay those of the seed, mixed
            // with this run's own salt, so that a second run (a database the demo filled before) never repeats one
            UUID id = new UUID(random.nextLong() ^ salt.getMostSignificantBits(),
                    random.nextLong() ^ salt.getLeastSignificantBits());
            List<BigDecimal> scores = new ArrayList<>();
            for (Item item : items.getOrDefault(w.surveyId(), List.of())) {
                if (item.kind().isScale()) {
                    int value = rating(random, item.kind(), mood);
                    BigDecimal score = item.kind().score(value);
                    scores.add(score);
                    answerRows.row(id.toString(), item.id(), value, score, null);
                } else if (random.nextDouble() < 0.3) {
                    String tone = mood >= 85 ? "good" : mood >= 70 ? "fair" : "poor";
                    answerRows.row(id.toString(), item.id(), null, null, pick(random, texts, tone));
                }
            }
            BigDecimal score = SurveyScore.mean(scores);
            responseRows.row(id.toString(), w.surveyId(), score);
            long span = Math.max(1, w.closesOn().toEpochDay() - w.opensOn().toEpochDay());
            LocalDate on = w.opensOn().plusDays(random.nextLong(span));
            answered.add(new Object[] {Timestamp.valueOf((on.isAfter(today) ? today : on).atTime(
                    8 + random.nextInt(13), random.nextInt(60))), w.invitationId()});
            if (score != null) {
                responses[0]++;
                total[0] = total[0].add(score);
            }
        }
        // the same one statement as an answer marks its invitation with; the responses name nobody
        jdbc.batchUpdate("update training_survey_invitation set responded_at = ? where id = ?", answered);
        copy(responseRows, "copy training_survey_response (id, survey_id, score) from stdin (format csv)");
        copy(answerRows, "copy training_survey_answer (response_id, item_id, value, score, text) from stdin (format csv)");
    }

    /** Pre- and post-tests for about 85% of the trainees of classes that have none: a gain of 16 points on average. */
    private int testScores(Random random) {
        List<long[]> trainees = jdbc.query("""
                select e.id, e.class_id, c.base_id from enrollment e join training_class c on c.id = e.class_id
                where c.status = 'CLOSED' and e.status in ('COMPLETED', 'NOT_COMPLETED')
                  and not exists (select 1 from training_test_score t where t.class_id = c.id)
                order by e.id
                """, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        Map<Long, Double> gainOfClass = new HashMap<>();
        CopyRows rows = new CopyRows(trainees.size());
        Timestamp now = new Timestamp(System.currentTimeMillis());
        for (long[] t : trainees) {
            double classGain = gainOfClass.computeIfAbsent(t[1], k -> 10 + random.nextDouble() * 12);
            if (random.nextDouble() > 0.85) {
                continue;
            }
            double pre = clamp(56 + random.nextGaussian() * 12, 15, 92);
            double post = clamp(pre + classGain + random.nextGaussian() * 7, 0, 100);
            rows.row(t[0], t[1], oneDecimal(pre), oneDecimal(post), now, null);
        }
        return copy(rows, "copy training_test_score (enrollment_id, class_id, pre_score, post_score, recorded_at, "
                + "recorded_by) from stdin (format csv)");
    }

    /**
     * The employers' follow-up of classes that ended more than three months before {@code today} and have none:
     * one per completed trainee, about half answered, behaviour and results somewhat below the class's reception.
     */
    private int followUps(Random random, Map<Long, Double> quality, DemoTexts texts, LocalDate today) {
        List<Long> surveyIds = jdbc.queryForList("""
                insert into training_survey (class_id, kind, base_id, region_code, year, questionnaire_revision,
                                             opens_on, closes_on, invited, created_at)
                select c.id, 'FOLLOW_UP', c.base_id, c.region_code, extract(year from c.ends_on)::int, q.revision,
                       (c.ends_on + interval '3 months')::date, (c.ends_on + interval '3 months')::date + 60,
                       f.completed, now()
                from training_class c
                join questionnaire q on q.kind = 'FOLLOW_UP'
                join lateral (select count(*) completed from enrollment e
                              where e.class_id = c.id and e.status = 'COMPLETED') f on true
                where c.status = 'CLOSED' and f.completed > 0 and c.ends_on <= ?
                  and not exists (select 1 from training_survey s where s.class_id = c.id and s.kind = 'FOLLOW_UP')
                returning id
                """, Long.class, today.minusMonths(3));
        if (surveyIds.isEmpty()) {
            return 0;
        }
        Long[] ids = surveyIds.toArray(Long[]::new);
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into training_survey_item (survey_id, position, text_zh, text_en, kind, aspect, required)
                    select s.id, i.position, i.text_zh, i.text_en, i.kind, i.aspect, i.required
                    from training_survey s join questionnaire_item i on i.questionnaire_kind = s.kind
                    where s.id = any(?)
                    """);
            ps.setArray(1, con.createArrayOf("bigint", ids));
            return ps;
        });
        Map<Long, List<Item>> items = items("FOLLOW_UP");
        List<long[]> completed = jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select s.id, e.id, e.talent_id, s.base_id from training_survey s
                    join enrollment e on e.class_id = s.class_id and e.status = 'COMPLETED'
                    where s.id = any(?) order by s.id, e.id
                    """);
            ps.setArray(1, con.createArrayOf("bigint", ids));
            return ps;
        }, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)});
        Map<Long, LocalDate> opens = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("select id, opens_on from training_survey where id = any(?)");
            ps.setArray(1, con.createArrayOf("bigint", ids));
            return ps;
        }, rs -> {
            opens.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
        });
        Map<Long, Long> followUpOf = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    insert into training_follow_up (survey_id, enrollment_id, talent_id, created_at)
                    select s.id, e.id, e.talent_id, s.opens_on + time '08:30' from training_survey s
                    join enrollment e on e.class_id = s.class_id and e.status = 'COMPLETED'
                    where s.id = any(?)
                    returning enrollment_id, id
                    """);
            ps.setArray(1, con.createArrayOf("bigint", ids));
            return ps;
        }, rs -> {
            followUpOf.put(rs.getLong(1), rs.getLong(2));
        });
        List<Long> followUpIds = completed.stream().map(c -> followUpOf.get(c[1])).toList();
        CopyRows answerRows = new CopyRows(completed.size() * 3);
        List<Object[]> answered = new ArrayList<>();
        for (int i = 0; i < completed.size(); i++) {
            long[] c = completed.get(i);
            if (random.nextDouble() > 0.5) {
                continue;
            }
            double observed = clamp(quality.getOrDefault(c[3], 88.0) - 12 + random.nextGaussian() * 10, 20, 100);
            Map<Aspect, List<BigDecimal>> byAspect = new HashMap<>();
            for (Item item : items.getOrDefault(c[0], List.of())) {
                if (item.kind().isScale()) {
                    int value = point(item.kind(), observed + random.nextGaussian() * 8);
                    BigDecimal score = item.kind().score(value);
                    if (item.aspect() != null) {
                        byAspect.computeIfAbsent(item.aspect(), k -> new ArrayList<>()).add(score);
                    }
                    answerRows.row(followUpIds.get(i), item.id(), value, score, null);
                } else if (random.nextDouble() < 0.4) {
                    answerRows.row(followUpIds.get(i), item.id(), null, null, pick(random, texts, "follow"));
                }
            }
            LocalDate on = opens.get(c[0]).plusDays(3 + random.nextInt(40));
            answered.add(new Object[] {Timestamp.valueOf((on.isAfter(today) ? today : on).atTime(10, 0)),
                    pick(random, texts, "respondent"), SurveyScore.mean(byAspect.getOrDefault(Aspect.BEHAVIOUR, List.of())),
                    SurveyScore.mean(byAspect.getOrDefault(Aspect.RESULTS, List.of())), followUpIds.get(i)});
        }
        jdbc.batchUpdate("""
                update training_follow_up set answered_at = ?, respondent = ?, behaviour_score = ?, results_score = ?
                where id = ?
                """, answered);
        copy(answerRows, "copy training_follow_up_answer (follow_up_id, item_id, value, score, text) "
                + "from stdin (format csv)");
        return completed.size();
    }

    /** Each survey's items of one questionnaire kind, by survey. */
    private Map<Long, List<Item>> items(String kind) {
        Map<Long, List<Item>> items = new HashMap<>();
        jdbc.query("""
                select i.survey_id, i.id, i.kind, i.aspect from training_survey_item i
                join training_survey s on s.id = i.survey_id where s.kind = ? order by i.survey_id, i.position
                """, rs -> {
            items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Item(rs.getLong(2),
                    ItemKind.valueOf(rs.getString(3)), rs.getString(4) == null ? null : Aspect.valueOf(rs.getString(4))));
        }, kind);
        return items;
    }

    /** The point of a scale nearest to a mood on 100 points. */
    static int point(ItemKind kind, double mood) {
        double share = clamp(mood, 0, 100) / 100;
        return (int) Math.round(kind.lowest() + share * (kind.highest() - kind.lowest()));
    }

    private static String pick(Random random, DemoTexts texts, String tone) {
        List<String> choices = texts.numbered(tone);
        return choices.get(random.nextInt(choices.size()));
    }

    private int copy(CopyRows rows, String sql) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return rows.into(connection, sql);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

}
