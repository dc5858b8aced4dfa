package org.iptalent.training.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.iptalent.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** A questionnaire guards its items: a revision per change, positions kept in order, always a rating to score. */
class QuestionnaireRulesTests {

    private static long ids;

    private static Questionnaire questionnaire(QuestionnaireKind kind) {
        Questionnaire questionnaire = new Questionnaire();
        ReflectionTestUtils.setField(questionnaire, "kind", kind);
        ReflectionTestUtils.setField(questionnaire, "revision", 1);
        return questionnaire;
    }

    private static QuestionnaireItem add(Questionnaire questionnaire, ItemKind kind) {
        QuestionnaireItem item = questionnaire.add(new ItemInput("题目", "Item", kind, Aspect.RESULTS, true), 1L,
                Instant.now());
        ReflectionTestUtils.setField(item, "id", ++ids);
        return item;
    }

    @Test
    void everyChangeRaisesTheRevisionAndPositionsStayInOrder() {
        Questionnaire questionnaire = questionnaire(QuestionnaireKind.SATISFACTION);
        QuestionnaireItem first = add(questionnaire, ItemKind.SCALE_5);
        QuestionnaireItem second = add(questionnaire, ItemKind.TEXT);
        QuestionnaireItem third = add(questionnaire, ItemKind.SCALE_10);
        assertThat(questionnaire.getRevision()).isEqualTo(4);
        assertThat(questionnaire.move(third.getId(), -1, 1L, Instant.now())).isTrue();
        assertThat(questionnaire.getItems()).containsExactly(first, third, second);
        assertThat(questionnaire.move(first.getId(), -1, 1L, Instant.now())).as("already first").isFalse();
        questionnaire.remove(first.getId(), 1L, Instant.now());
        assertThat(questionnaire.getItems()).extracting(QuestionnaireItem::getPosition).containsExactly(1, 2);
        assertThat(questionnaire.getRevision()).isEqualTo(6);
        assertThat(second.getAspect()).as("only a follow-up's ratings measure a level").isNull();
    }

    @Test
    void aQuestionnaireKeepsARatingToScore() {
        Questionnaire questionnaire = questionnaire(QuestionnaireKind.FOLLOW_UP);
        QuestionnaireItem rating = add(questionnaire, ItemKind.SCALE_5);
        QuestionnaireItem text = add(questionnaire, ItemKind.TEXT);
        assertThat(rating.getAspect()).isEqualTo(Aspect.RESULTS);
        assertThat(text.getAspect()).isNull();
        assertThatThrownBy(() -> questionnaire.remove(rating.getId(), 1L, Instant.now()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("questionnaire.item.scaleRequired");
        assertThatThrownBy(() -> questionnaire.change(rating.getId(), new ItemInput("题目", "Item", ItemKind.TEXT,
                null, false), 1L, Instant.now())).isInstanceOf(BusinessRuleException.class)
                .hasMessage("questionnaire.item.scaleRequired");
        for (int i = questionnaire.getItems().size(); i < Questionnaire.MAX_ITEMS; i++) {
            add(questionnaire, ItemKind.TEXT);
        }
        assertThatThrownBy(() -> add(questionnaire, ItemKind.TEXT)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("questionnaire.item.tooMany");
    }
}
