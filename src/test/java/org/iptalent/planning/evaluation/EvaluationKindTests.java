package org.iptalent.planning.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which month each evaluation reads, and how the provinces are placed. */
class EvaluationKindTests {

    @Test
    void theMidTermEvaluationReadsDecemberOfThePeriodsMiddleYearAndTheFinalOneItsLast() {
        assertThat(EvaluationKind.MIDTERM.month(2021, 2025)).isEqualTo(YearMonth.of(2023, 12));
        assertThat(EvaluationKind.FINAL.month(2021, 2025)).isEqualTo(YearMonth.of(2025, 12));
        assertThat(EvaluationKind.MIDTERM.month(2026, 2030)).isEqualTo(YearMonth.of(2028, 12));
        // an even period's middle falls between two years: the earlier one
        assertThat(EvaluationKind.MIDTERM.month(2021, 2024)).isEqualTo(YearMonth.of(2022, 12));
        assertThat(EvaluationKind.MIDTERM.month(2021, 2021)).isEqualTo(YearMonth.of(2021, 12));
    }

    @Test
    void aRequestNamesTheKindInAnyCaseAndNoneMeansTheFinalOne() {
        assertThat(EvaluationKind.parse(null)).isEqualTo(EvaluationKind.FINAL);
        assertThat(EvaluationKind.parse(" ")).isEqualTo(EvaluationKind.FINAL);
        assertThat(EvaluationKind.parse("midterm")).isEqualTo(EvaluationKind.MIDTERM);
        assertThat(EvaluationKind.parse("FINAL")).isEqualTo(EvaluationKind.FINAL);
        assertThat(EvaluationKind.parse("annual")).isNull();
    }

    @Test
    void provincesArePlacedByProgressEqualProgressSharingAPlaceAndThoseWithoutNone() {
        List<Evaluation.Place> ranked = ProvinceRankings.ranked(List.of(place("110000", null), place("120000", "80"),
                place("130000", "95.5"), place("140000", "80"), place("150000", "60")));
        assertThat(ranked).extracting(Evaluation.Place::regionCode)
                .containsExactly("130000", "120000", "140000", "150000", "110000");
        assertThat(ranked).extracting(Evaluation.Place::rank).containsExactly(1, 2, 2, 4, null);
    }

    private static Evaluation.Place place(String code, String progress) {
        return new Evaluation.Place(null, code, code, null, null, progress == null ? null : new BigDecimal(progress),
                false);
    }
}
