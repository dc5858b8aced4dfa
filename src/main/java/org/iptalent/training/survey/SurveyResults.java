package org.iptalent.training.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.TrainingClass;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A class's survey results, for whoever runs the class (its base's manager, an administrator of its region). */
@Service
public class SurveyResults {

    private final ClassPlanning planning;
    private final Surveys surveys;
    private final JdbcTemplate jdbc;
    private final SurveyProperties properties;
    private final Clock clock;

    SurveyResults(ClassPlanning planning, Surveys surveys, JdbcTemplate jdbc, SurveyProperties properties,
            Clock clock) {
        this.planning = planning;
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The results; not found unless the current user runs the class. While the survey is open, or when fewer than
     * the minimum answered, only how many answered: a mean of one response is that trainee's answers, and means read
     * again after each response give each later answer away.
     */
    @Transactional(readOnly = true)
    public ClassSurveyResults ofClass(long classId) {
        TrainingClass trainingClass = planning.run(classId);
        Survey survey = surveys.findByClassIdAndKind(classId, QuestionnaireKind.SATISFACTION).orElse(null);
        int target = properties.target();
        int minimum = properties.minResponses();
        if (survey == null) {
            return new ClassSurveyResults(classId, trainingClass.getTitle(), null, null, null, false, false, 0, 0,
                    null, null, null, target, List.of(), false, minimum);
        }
        LocalDate today = LocalDate.now(clock);
        boolean closed = today.isAfter(survey.getClosesOn());
        long responses = jdbc.queryForObject("select count(*) from training_survey_response where survey_id = ?",
                Long.class, survey.getId());
        BigDecimal rate = SurveyScore.rate(responses, survey.getInvited());
        if (!SurveyScore.resultsShown(closed, responses, minimum)) {
            return new ClassSurveyResults(classId, trainingClass.getTitle(), survey.getId(), survey.getOpensOn(),
                    survey.getClosesOn(), survey.isOpenOn(today), closed, survey.getInvited(), responses, rate, null,
                    null, target, List.of(), false, minimum);
        }
        BigDecimal score = SurveyScore.shown(jdbc.queryForObject(
                "select avg(score) from training_survey_response where survey_id = ?", BigDecimal.class,
                survey.getId()));
        Map<Long, Object[]> scales = new HashMap<>();
        jdbc.query("""
                select a.item_id, count(*), avg(a.value), avg(a.score) from training_survey_answer a
                join training_survey_item i on i.id = a.item_id
                where i.survey_id = ? and a.value is not null group by a.item_id
                """, rs -> {
            scales.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)});
        }, survey.getId());
        // in the order of the words, not of the responses
        Map<Long, List<String>> texts = new HashMap<>();
        jdbc.query("""
                select a.item_id, a.text from training_survey_answer a join training_survey_item i on i.id = a.item_id
                where i.survey_id = ? and a.text is not null order by a.text collate "C"
                """, rs -> {
            texts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }, survey.getId());
        List<ClassSurveyResults.ItemResult> items = new ArrayList<>();
        for (SurveyItem item : survey.getItems()) {
            Object[] scale = scales.get(item.getId());
            List<String> itemTexts = texts.getOrDefault(item.getId(), List.of());
            items.add(new ClassSurveyResults.ItemResult(item.getId(), item.getPosition(), item.getTextZh(),
                    item.getTextEn(), item.getKind(),
                    item.getKind().isScale() ? (scale == null ? 0 : (Long) scale[0]) : itemTexts.size(),
                    scale == null ? null : ((BigDecimal) scale[1]).setScale(2, RoundingMode.HALF_UP),
                    scale == null ? null : SurveyScore.shown((BigDecimal) scale[2]), itemTexts));
        }
        return new ClassSurveyResults(classId, trainingClass.getTitle(), survey.getId(), survey.getOpensOn(),
                survey.getClosesOn(), survey.isOpenOn(today), closed, survey.getInvited(), responses, rate, score,
                SurveyScore.gap(score, target), target, items, true, minimum);
    }
}
