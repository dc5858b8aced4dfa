package org.iptalent.training.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A class's satisfaction survey as whoever runs the class reads it: how many answered, the score against the
 * target, each item's mean, and the free text once enough trainees answered that no answer is traceable. Nothing
 * says who answered what.
 *
 * @param surveyId  null when the class has no survey (it is not closed yet, or nobody held a place)
 * @param score     the mean of the responses' scores on 100 points, one decimal; null without responses
 * @param gap       the score minus the target
 * @param textShown whether {@code items}' texts are given (at least {@code minimumForText} responses)
 */
public record ClassSurveyResults(long classId, String classTitle, Long surveyId, LocalDate opensOn,
        LocalDate closesOn, boolean open, int invited, long responses, BigDecimal rate, BigDecimal score,
        BigDecimal gap, int target, List<ItemResult> items, boolean textShown, int minimumForText) {

    /**
     * One item's answers: how many, the mean point of the scale and the mean on 100 points (scale items), or the
     * texts (text items, in no particular order, and only when shown).
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
