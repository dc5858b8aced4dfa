package org.iptalent.training.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers as a page's form posts them: one field {@code item<id>} per item, a scale's point or the text. A blank
 * field is no answer; a point that is no whole number is one no scale has (refused as off the scale).
 *
 * @param entered what was typed, by field, to show again on a refused form
 */
public record FormAnswers(List<Answer> answers, Map<String, String> entered) {

    public static FormAnswers of(List<SurveyItem> items, Map<String, String> parameters) {
        List<Answer> answers = new ArrayList<>();
        Map<String, String> entered = new HashMap<>();
        for (SurveyItem item : items) {
            String field = "item" + item.getId();
            String raw = parameters.get(field);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            entered.put(field, raw);
            answers.add(item.getKind().isScale() ? new Answer(item.getId(), point(raw), null)
                    : new Answer(item.getId(), null, raw));
        }
        return new FormAnswers(answers, entered);
    }

    private static Integer point(String raw) {
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }
}
