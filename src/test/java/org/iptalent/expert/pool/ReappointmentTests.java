package org.iptalent.expert.pool;

import static org.assertj.core.api.Assertions.assertThat;

import org.iptalent.expert.pool.Reappointment.Advice;
import org.junit.jupiter.api.Test;

/** What a term's record advises: against for misconduct or a poor average; a look first for the doubtful cases. */
class ReappointmentTests {

    @Test
    void misconductOrAPoorAverageAdvisesAgainst() {
        assertThat(Reappointment.of(scores(5, 4.8), 0, 1).advice()).isEqualTo(Advice.NOT_RECOMMENDED);
        Reappointment poor = Reappointment.of(scores(3, 2.6), 0, 0);
        assertThat(poor.advice()).isEqualTo(Advice.NOT_RECOMMENDED);
        assertThat(poor.reasons()).containsExactly("expert.reappointment.reason.poor");
    }

    @Test
    void aMiddlingAverageManyDeclinesOrTooFewEvaluationsAskForALook() {
        assertThat(Reappointment.of(scores(4, 3.2), 0, 0).reasons())
                .containsExactly("expert.reappointment.reason.middling");
        assertThat(Reappointment.of(scores(4, 4.5), 3, 0).reasons())
                .containsExactly("expert.reappointment.reason.declines");
        // two poor evaluations are not yet a judgement: the administration looks, the average does not decide
        Reappointment unjudged = Reappointment.of(scores(2, 1.0), 0, 0);
        assertThat(unjudged.advice()).isEqualTo(Advice.REVIEW);
        assertThat(unjudged.reasons()).containsExactly("expert.reappointment.reason.unjudged");
        assertThat(Reappointment.of(new ExpertView.Scores(0, null, null, null), 0, 0).advice())
                .isEqualTo(Advice.REVIEW);
    }

    @Test
    void aGoodRecordIsRecommended() {
        Reappointment good = Reappointment.of(scores(3, 3.5), 2, 0);
        assertThat(good.advice()).isEqualTo(Advice.RECOMMENDED);
        assertThat(good.reasons()).isEmpty();
    }

    private static ExpertView.Scores scores(int evaluations, double each) {
        return new ExpertView.Scores(evaluations, each, each, each);
    }
}
