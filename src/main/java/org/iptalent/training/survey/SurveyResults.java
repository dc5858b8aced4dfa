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

    /** The results; not found unless the current user runs the class. */
    @Transactional(readOnly = true)
    public ClassSurveyResults ofClass(long classId) {
        TrainingClass trainingClass = planning.run(classId);
        Survey survey = surveys.findByClassIdAndKind(classId, QuestionnaireKind.SATISFACTION).orElse(null);
        int target = properties.target();
        int minimum = properties.minResponsesForText();
        if (survey == null) {
            return new ClassSurveyResults(classId, trainingClass.getTitle(), null, null, null, false, 0, 0, null,
                    null, null, target, List.of(), false, minimum);
        }
        Object[] totals = jdbc.queryForObject("""
                select count(*), avg(score) from training_survey_response where survey_id = ?
                """, (rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)}, survey.getId());
        long responses = (Long) totals[0];
        BigDecimal score = SurveyScore.shown((BigDecimal) totals[1]);
        boolean textShown = SurveyScore.textShown(responses, minimum);
        Map<Long, Object[]> scales = new HashMap<>();
        jdbc.query("""
                select a.item_id, count(*), avg(a.value), avg(a.score) from training_survey_answer a
                join training_survey_item i on i.id = a.item_id
                where i.survey_id = ? and a.value is not null group by a.item_id
                """, rs -> {
            scales.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)});
        }, survey.getId());
        Map<Long, List<String>> texts = new HashMap<>();
        Map<Long, Long> textCounts = new HashMap<>();
        jdbc.query("""
                select a.item_id, a.text from training_survey_answer a join training_survey_item i on i.id = a.item_id
                where i.survey_id = ? and a.text is not null order by a.response_id
                """, rs -> {
            textCounts.merge(rs.getLong(1), 1L, Long::sum);
            if (textShown) {
                texts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }, survey.getId());
        List<ClassSurveyResults.ItemResult> items = new ArrayList<>();
        for (SurveyItem item : survey.getItems()) {
            Object[] scale = scales.get(item.getId());
            items.add(new ClassSurveyResults.ItemResult(item.getId(), item.getPosition(), item.getTextZh(),
                    item.getTextEn(), item.getKind(),
                    item.getKind().isScale() ? (scale == null ? 0 : (Long) scale[0])
                            : textCounts.getOrDefault(item.getId(), 0L),
                    scale == null ? null : ((BigDecimal) scale[1]).setScale(2, RoundingMode.HALF_UP),
                    scale == null ? null : SurveyScore.shown((BigDecimal) scale[2]),
                    texts.getOrDefault(item.getId(), List.of())));
        }
        return new ClassSurveyResults(classId, trainingClass.getTitle(), survey.getId(), survey.getOpensOn(),
                survey.getClosesOn(), survey.isOpenOn(LocalDate.now(clock)), survey.getInvited(), responses,
                SurveyScore.rate(responses, survey.getInvited()), score, SurveyScore.gap(score, target), target,
                items, textShown, minimum);
    }
}
