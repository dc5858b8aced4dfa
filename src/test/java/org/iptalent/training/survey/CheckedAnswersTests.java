package org.iptalent.training.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.iptalent.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Answers checked against a survey's items: every problem named at once, a response's score its scales' mean. */
class CheckedAnswersTests {

    private static SurveyItem item(long id, int position, ItemKind kind, Aspect aspect, boolean required) {
        SurveyItem item = new SurveyItem(null, new QuestionnaireItem(null, position,
                new ItemInput("题目" + position, "Item " + position, kind, aspect, required)));
        ReflectionTestUtils.setField(item, "id", id);
        return item;
    }

    private final List<SurveyItem> items = List.of(item(1, 1, ItemKind.SCALE_5, Aspect.BEHAVIOUR, true),
            item(2, 2, ItemKind.SCALE_10, Aspect.RESULTS, true), item(3, 3, ItemKind.TEXT, null, false));

    @Test
    void aResponseScoresTheMeanOfItsScalesOnAHundredPoints() {
        CheckedAnswers checked = CheckedAnswers.check(items, List.of(new Answer(1, 4, null), new Answer(2, 9, null),
                new Answer(3, null, "  有收获  ")));
        // 75 and 90
        assertThat(checked.score()).isEqualByComparingTo("82.5");
        assertThat(checked.answers()).extracting(CheckedAnswers.Checked::text).containsExactly(null, null, "有收获");
        assertThat(checked.aspectScores()).containsEntry(Aspect.BEHAVIOUR, new java.math.BigDecimal("75.00"))
                .containsEntry(Aspect.RESULTS, new java.math.BigDecimal("90.00"));
    }

    @Test
    void aBlankTextIsNoAnswerAndAnOptionalItemMayBeLeftOut() {
        CheckedAnswers checked = CheckedAnswers.check(items, List.of(new Answer(1, 1, null), new Answer(2, 0, null),
                new Answer(3, null, "   ")));
        assertThat(checked.answers()).hasSize(2);
        assertThat(checked.score()).isEqualByComparingTo("0");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () ->
                CheckedAnswers.check(items, List.of(new Answer(1, 0, null), new Answer(3, 2, null),
                        new Answer(3, null, "x"), new Answer(9, 1, null))));
        assertThat(refused.problems()).extracting(p -> p.field() + " " + p.messageKey()).containsExactly(
                "item1 survey.answer.outOfScale", "item3 survey.answer.textExpected", "item3 survey.answer.twice",
                "answers survey.answer.unknownItem", "item2 survey.answer.required");
        InvalidInputException tooLong = catchThrowableOfType(InvalidInputException.class, () ->
                CheckedAnswers.check(items, List.of(new Answer(1, 3, null), new Answer(2, 3, null),
                        new Answer(3, null, "长".repeat(CheckedAnswers.MAX_TEXT + 1)))));
        assertThat(tooLong.problems()).extracting(InvalidInputException.Problem::messageKey)
                .containsExactly("survey.answer.tooLong");
    }
}
