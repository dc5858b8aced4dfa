package org.iptalent.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Serial number formats: what they give, and every way a format is refused. */
class SerialFormatTests {

    @Test
    void placeholdersAreFilledAndTheSequencePadded() {
        SerialFormat format = new SerialFormat("{TYPE}-{YEAR}-{SEQ:6}");
        assertThat(format.render("TRN", 2026, "440300", 42)).isEqualTo("TRN-2026-000042");
        assertThat(format.perYear()).isTrue();
        assertThat(new SerialFormat("CN/{REGION}/{SEQ:4}").render("X", 2026, "440300", 7)).isEqualTo("CN/440300/0007");
        assertThat(new SerialFormat("TRN-{SEQ:5}").perYear()).isFalse();
    }

    @Test
    void aSequencePastItsWidthGrowsWiderRatherThanWrapping() {
        assertThat(new SerialFormat("A{SEQ:3}").render("T", 2026, null, 1234)).isEqualTo("A1234");
    }

    @Test
    void everyProblemOfAFormatIsNamed() {
        assertThat(SerialFormat.problems("TRN-{YEAR}")).containsExactly("certificate.type.format.sequence");
        assertThat(SerialFormat.problems("{SEQ:6}{SEQ:6}")).containsExactly("certificate.type.format.sequence");
        assertThat(SerialFormat.problems("{SEQ:2}")).containsExactly("certificate.type.format.sequenceWidth");
        assertThat(SerialFormat.problems("{SEQ:11}")).containsExactly("certificate.type.format.sequenceWidth");
        assertThat(SerialFormat.problems("{SEQ}")).containsExactly("certificate.type.format.sequenceWidth");
        assertThat(SerialFormat.problems("{MONTH}-{SEQ:4}")).containsExactly(
                "certificate.type.format.unknownPlaceholder");
        assertThat(SerialFormat.problems("{YEAR:2}-{SEQ:4}")).containsExactly(
                "certificate.type.format.unknownPlaceholder");
        assertThat(SerialFormat.problems("证书 {SEQ:4}")).containsExactly("certificate.type.format.characters");
        assertThat(SerialFormat.problems("{SEQ:4}-{")).containsExactly("certificate.type.format.characters");
        assertThat(SerialFormat.problems("{TYPE}{TYPE}{SEQ:4}")).containsExactly("certificate.type.format.type");
        assertThat(SerialFormat.problems("A".repeat(60) + "{SEQ:4}")).contains("certificate.type.format.tooLong");
        assertThat(SerialFormat.problems(" ")).containsExactly("field.required");
        assertThat(SerialFormat.problems("{TYPE}-{YEAR}-{SEQ:6}")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new SerialFormat("{SEQ:2}"));
    }

    @Test
    void twoFormatsThatGiveTheSameNumbersShareASignature() {
        assertThat(new SerialFormat("{TYPE}-{YEAR}-{SEQ:6}").signature("TRN"))
                .isEqualTo(new SerialFormat("TRN-{YEAR}-{SEQ:5}").signature("OTHER"));
        assertThat(new SerialFormat("{TYPE}-{YEAR}-{SEQ:6}").signature("TRN"))
                .isNotEqualTo(new SerialFormat("{TYPE}-{YEAR}-{SEQ:6}").signature("TCH"));
    }
}
