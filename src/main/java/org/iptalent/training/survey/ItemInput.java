package org.iptalent.training.survey;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;

/**
 * A questionnaire item as the national administrator enters it: its wording in Chinese and English, how it is
 * answered, what a follow-up item measures, and whether an answer is required.
 */
public record ItemInput(String textZh, String textEn, ItemKind kind, Aspect aspect, boolean required)
        implements java.io.Serializable {

    public static final int MAX_TEXT = 300;

    /** The input, trimmed, for a questionnaire of {@code kind}; every problem at once. */
    ItemInput checkedFor(QuestionnaireKind questionnaire) {
        List<Problem> problems = new ArrayList<>();
        String zh = trim(textZh);
        String en = trim(textEn);
        if (zh == null) {
            problems.add(new Problem("textZh", "field.required"));
        } else if (zh.length() > MAX_TEXT) {
            problems.add(new Problem("textZh", "questionnaire.item.tooLong", List.of(MAX_TEXT)));
        }
        if (en == null) {
            problems.add(new Problem("textEn", "field.required"));
        } else if (en.length() > MAX_TEXT) {
            problems.add(new Problem("textEn", "questionnaire.item.tooLong", List.of(MAX_TEXT)));
        }
        if (kind == null) {
            problems.add(new Problem("kind", "field.required"));
        }
        Aspect measured = aspect;
        if (questionnaire == QuestionnaireKind.SATISFACTION || kind == ItemKind.TEXT) {
            // only a follow-up's scale items measure behaviour or results
            measured = null;
        } else if (kind != null && aspect == null) {
            problems.add(new Problem("aspect", "questionnaire.item.aspectRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ItemInput(zh, en, kind, measured, required);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
