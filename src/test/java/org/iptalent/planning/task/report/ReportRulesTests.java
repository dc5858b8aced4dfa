package org.iptalent.planning.task.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iptalent.planning.plan.Indicator;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.junit.jupiter.api.Test;

/** What a report must say, how it moves from draft to accepted, and where a report slot stands on a given day. */
class ReportRulesTests {

    private static Map<String, Indicator> indicators() {
        Indicator talents = mock(Indicator.class);
        when(talents.getId()).thenReturn(5L);
        return Map.of("ip-talents", talents);
    }

    @Test
    void everyProblemOfAReportIsSaidAtOnce() {
        ReportInput input = new ReportInput(" ", List.of(
                new ReportInput.FigureInput("ip-talents", new BigDecimal("1.23456"), "c".repeat(501)),
                new ReportInput.FigureInput("ip-talents", null, null),
                new ReportInput.FigureInput("", BigDecimal.ONE, null),
                new ReportInput.FigureInput(null, null, " ")));
        assertThatThrownBy(() -> ReportRules.check(input, indicators()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("text", "field.required"),
                        new Problem("figures[0].value", "planning.task.report.valueInvalid"),
                        new Problem("figures[0].comment", "field.tooLong", List.of(500)),
                        new Problem("figures[1].indicator", "planning.task.report.figureTwice", List.of("ip-talents")),
                        new Problem("figures[1].value", "field.required"),
                        new Problem("figures[2].indicator", "field.required")));
    }

    @Test
    void aGoodReportGivesItsFigures() {
        List<Figure> figures = ReportRules.check(new ReportInput("进展", List.of(
                new ReportInput.FigureInput(" ip-talents ", new BigDecimal("86.5"), "  "))), indicators());
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.getIndicatorId()).isEqualTo(5L);
            assertThat(f.getValue()).isEqualByComparingTo("86.5");
            assertThat(f.getComment()).isNull();
        });
        assertThatThrownBy(() -> ReportRules.check(new ReportInput("x".repeat(5001), List.of()), indicators()))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey").isEqualTo("field.tooLong");
    }

    @Test
    void aReportGoesFromDraftToAcceptedOrBackToItsProvince() {
        ProgressReport report = new ProgressReport(1, 2, "440000");
        report.write("初稿", List.of(), 7);
        report.submit(7, java.time.Instant.parse("2027-01-20T02:00:00Z"));
        assertThat(report.getState()).isEqualTo(ProgressReport.State.SUBMITTED);
        assertThatThrownBy(() -> report.write("改", List.of(), 7)).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.report.awaitingReview");
        report.giveBack("请补充", 1, java.time.Instant.parse("2027-01-25T02:00:00Z"));
        assertThat(report.isEditable()).isTrue();
        report.write("二稿", List.of(), 7);
        report.submit(7, java.time.Instant.parse("2027-02-05T02:00:00Z"));
        assertThat(report.getFirstSubmittedAt()).as("the first submission stays").isEqualTo("2027-01-20T02:00:00Z");
        report.accept(1, java.time.Instant.parse("2027-02-06T02:00:00Z"));
        assertThat(report.getReviewNote()).isNull();
        assertThatThrownBy(() -> report.attach(9)).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.report.alreadyAccepted");
        assertThatThrownBy(() -> report.accept(1, java.time.Instant.now())).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.report.notSubmitted");
    }

    @Test
    void aReportKeepsAtMostFiveAttachments() {
        ProgressReport report = new ProgressReport(1, 2, "440000");
        for (long file = 1; file <= ProgressReport.MAX_ATTACHMENTS; file++) {
            report.attach(file);
        }
        assertThatThrownBy(() -> report.attach(6)).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.task.report.tooManyFiles");
    }

    @Test
    void whereASlotStandsOnAGivenDay() {
        LocalDate due = LocalDate.of(2027, 1, 31);
        assertThat(SlotState.of(null, 2026, due, LocalDate.of(2026, 11, 30))).isEqualTo(SlotState.NOT_DUE_YET);
        assertThat(SlotState.of(ProgressReport.State.DRAFT, 2026, due, LocalDate.of(2026, 11, 30)))
                .isEqualTo(SlotState.DRAFT);
        assertThat(SlotState.of(null, 2026, due, LocalDate.of(2027, 1, 1))).isEqualTo(SlotState.DUE);
        assertThat(SlotState.of(null, 2026, due, due)).as("due on the day itself").isEqualTo(SlotState.DUE);
        assertThat(SlotState.of(null, 2026, due, due.plusDays(1))).isEqualTo(SlotState.OVERDUE);
        assertThat(SlotState.of(ProgressReport.State.DRAFT, 2026, due, due.plusDays(1))).isEqualTo(SlotState.OVERDUE);
        assertThat(SlotState.of(ProgressReport.State.SUBMITTED, 2026, due, due.plusDays(40)))
                .isEqualTo(SlotState.SUBMITTED);
        assertThat(SlotState.of(ProgressReport.State.RETURNED, 2026, due, due.plusDays(40)))
                .isEqualTo(SlotState.RETURNED);
        assertThat(SlotState.OVERDUE.toWrite()).isTrue();
        assertThat(SlotState.ACCEPTED.toWrite()).isFalse();
    }
}
