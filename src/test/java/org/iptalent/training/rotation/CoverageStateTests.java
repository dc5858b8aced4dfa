package org.iptalent.training.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Where a member stands, from their enrollments in the campaign's classes, and how the cycle's end makes it final. */
class CoverageStateTests {

    @Test
    void aCompletionWithinTheCycleTrainsWhateverElseTheMemberHolds() {
        assertThat(CoverageState.of(true, false, false)).isEqualTo(CoverageState.TRAINED);
        assertThat(CoverageState.of(true, true, false)).isEqualTo(CoverageState.TRAINED);
        assertThat(CoverageState.of(true, true, true)).isEqualTo(CoverageState.TRAINED);
    }

    @Test
    void aPlaceInARunningClassIsInProgressUntilTheCycleEnds() {
        assertThat(CoverageState.of(false, true, false)).isEqualTo(CoverageState.IN_PROGRESS);
        assertThat(CoverageState.of(false, true, true)).isEqualTo(CoverageState.NOT_YET);
        assertThat(CoverageState.of(false, false, false)).isEqualTo(CoverageState.NOT_YET);
        assertThat(CoverageState.of(false, false, true)).isEqualTo(CoverageState.NOT_YET);
    }

    @Test
    void theSqlConditionsSayTheSameAsTheRule() {
        assertThat(CampaignRoster.condition(null, false)).isEqualTo("true");
        assertThat(CampaignRoster.condition(CoverageState.TRAINED, false)).isEqualTo("coalesce(t.trained, false)");
        assertThat(CampaignRoster.condition(CoverageState.IN_PROGRESS, false))
                .isEqualTo("not coalesce(t.trained, false) and coalesce(t.placed, false)");
        // after the cycle nobody is in progress: the placed flag no longer counts
        assertThat(CampaignRoster.condition(CoverageState.IN_PROGRESS, true))
                .isEqualTo("not coalesce(t.trained, false) and false");
        assertThat(CampaignRoster.condition(CoverageState.NOT_YET, true))
                .isEqualTo("not coalesce(t.trained, false) and not false");
    }

    @Test
    void countsAddUpAndGiveSharesWithOneDecimal() {
        CoverageCount count = new CoverageCount("440100", 0, 0, 0).plus(CoverageState.TRAINED, 1)
                .plus(CoverageState.IN_PROGRESS, 1).plus(CoverageState.NOT_YET, 1);
        assertThat(count.members()).isEqualTo(3);
        assertThat(count.trainedPercent()).isEqualTo(33.3);
        assertThat(count.inProgressPercent()).isEqualTo(33.3);
        assertThat(new CoverageCount(null, 0, 0, 0).trainedPercent()).isZero();
        assertThat(new CoverageCount(null, 2, 0, 1).trainedPercent()).isEqualTo(66.7);
    }

    @Test
    void aCampaignIsUpcomingRunningThenEndedAndRefusesWorkOnceEnded() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        LocalDate end = LocalDate.of(2026, 10, 31);
        RotationCampaign campaign = new RotationCampaign("轮训", "440000", start, end, "{}", 1L, Instant.now(),
                start.minusDays(10));
        assertThat(campaign.phase(start.minusDays(1))).isEqualTo(RotationCampaign.Phase.UPCOMING);
        assertThat(campaign.phase(start)).isEqualTo(RotationCampaign.Phase.RUNNING);
        assertThat(campaign.phase(end)).isEqualTo(RotationCampaign.Phase.RUNNING);
        assertThat(campaign.phase(end.plusDays(1))).isEqualTo(RotationCampaign.Phase.ENDED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> campaign.requireOpen(end.plusDays(1)))
                .hasMessage("rotation.campaign.ended");
    }

    @Test
    void aCycleMustRunForwardsAndNotHaveEnded() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(RotationCampaign.cycleProblems(today, today.minusDays(1), today))
                .extracting(p -> p.messageKey()).containsExactly("rotation.campaign.cycleReversed");
        assertThat(RotationCampaign.cycleProblems(today.minusDays(30), today.minusDays(1), today))
                .extracting(p -> p.messageKey()).containsExactly("rotation.campaign.cycleOver");
        assertThat(RotationCampaign.cycleProblems(null, null, today)).hasSize(2);
        assertThat(RotationCampaign.cycleProblems(today.minusDays(30), today, today)).isEmpty();
    }

    @Test
    void remindersAreOncePerIsoWeek() {
        assertThat(RotationReminders.week(LocalDate.of(2026, 11, 30))).isEqualTo("2026-W49");
        assertThat(RotationReminders.week(LocalDate.of(2026, 12, 6))).isEqualTo("2026-W49");
        assertThat(RotationReminders.week(LocalDate.of(2026, 12, 7))).isEqualTo("2026-W50");
        // the ISO week-based year: 2027-01-01 is a Friday of 2026's last week
        assertThat(RotationReminders.week(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }
}
