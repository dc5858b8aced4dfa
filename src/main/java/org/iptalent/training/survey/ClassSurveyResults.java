package org.iptalent.training.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A class's satisfaction survey as whoever runs the class reads it: how many answered, and, once the survey has
 * closed with at least the minimum of responses, the score against the target, each item's mean and the free text.
 * Before that nothing but the count: a mean of few responses, or means read again as responses arrive, would give
 * each trainee's answers away. Nothing says who answered what.
 *
 * @param surveyId         null when the class has no survey (it is not closed yet, or nobody held a place)
 * @param open             whether the survey takes answers today
 * @param closed           whether its last day has passed
 * @param score            the mean of the responses' scores on 100 points, one decimal; null while the results are
 *                         withheld, or without a scored response
 * @param gap              the score minus the target
 * @param items            each item's answers; empty while the results are withheld
 * @param resultsShown     whether the score, the items' means and the texts are given: the survey has closed and at
 *                         least {@code minimumResponses} trainees answered
 * @param minimumResponses responses a survey needs before any result is shown
 */
public record ClassSurveyResults(long classId, String classTitle, Long surveyId, LocalDate opensOn,
        LocalDate closesOn, boolean open, boolean closed, int invited, long responses, BigDecimal rate,
        BigDecimal score, BigDecimal gap, int target, List<ItemResult> items, boolean resultsShown,
        int minimumResponses) {

    /**
     * One item's answers: how many, the mean point of the scale and the mean on 100 points (scale items), or the
     * texts (text items, in the order of their words, not of the responses).
     */
    public record ItemResult(long itemId, int position, String textZh, String textEn, ItemKind kind,
            long answers, BigDecimal meanValue, BigDecimal score, List<String> texts) {

        /** The wording in the reader's language. */
        public String text(java.util.Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? textEn : textZh;
        }
    }

    public boolean hasSurvey() {
        return surveyId != null;
    }
}
