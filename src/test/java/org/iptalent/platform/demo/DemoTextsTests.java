package org.iptalent.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

class DemoTextsTests {

    final DemoTexts texts = DemoTexts.load("training/class-demo.properties");

    @Test
    void readsUtf8AndFillsInTheArguments() {
        assertThat(texts.format("classTitle", "专利运营", "初级", "12")).isEqualTo("专利运营（初级）第 12 期");
        assertThat(texts.get("teachers")).isEqualTo("{0}、{1}");
    }

    @Test
    void numberedTextsAreAListToPickFrom() {
        DemoTexts survey = DemoTexts.load("training/survey-demo.properties");
        assertThat(survey.numbered("good")).hasSizeGreaterThan(3).doesNotContainNull()
                .first().isEqualTo(survey.get("good.1"));
        assertThatThrownBy(() -> survey.numbered("nope")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMissingTextOrFileIsSaidAtOnce() {
        assertThatThrownBy(() -> texts.get("nope")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nope").hasMessageContaining("class-demo.properties");
        assertThatThrownBy(() -> DemoTexts.load("training/none.properties")).isInstanceOf(UncheckedIOException.class);
    }
}
