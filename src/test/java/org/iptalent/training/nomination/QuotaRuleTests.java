package org.iptalent.training.nomination;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** A province's quota and a nomination's steps, each refused the way the page and the API say it. */
class QuotaRuleTests {

    @Test
    void aProvinceNominatesWhileItsStandingNominationsAreBelowItsQuota() {
        assertThatCode(() -> QuotaRule.checkRoom(3, 2)).doesNotThrowAnyException();
        assertThatThrownBy(() -> QuotaRule.checkRoom(3, 3)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("nomination.overQuota");
        assertThatThrownBy(() -> QuotaRule.checkRoom(null, 0)).hasMessage("nomination.noQuota");
        assertThatThrownBy(() -> QuotaRule.checkRoom(0, 0)).hasMessage("nomination.noQuota");
    }

    @Test
    void aQuotaIsNeverBelowTheNominationsStandingNorOutOfRange() {
        assertThatCode(() -> QuotaRule.checkQuota("广东省", 2, 2)).doesNotThrowAnyException();
        assertThatCode(() -> QuotaRule.checkQuota("广东省", 0, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> QuotaRule.checkQuota("广东省", 1, 2)).hasMessage("nomination.quotaBelowHeld");
        assertThatThrownBy(() -> QuotaRule.checkQuota("广东省", -1, 0)).hasMessage("nomination.quotaInvalid");
        assertThatThrownBy(() -> QuotaRule.checkQuota("广东省", QuotaRule.MAX_QUOTA + 1, 0))
                .hasMessage("nomination.quotaInvalid");
    }

    @Test
    void onlyStandingNominationsHoldAPlaceOfTheQuota() {
        assertThat(Nomination.Status.HOLDING_QUOTA).containsExactlyInAnyOrder(Nomination.Status.NOMINATED,
                Nomination.Status.SELECTED, Nomination.Status.ENROLLED);
    }

    @Test
    void aNominationIsWithdrawnOrDecidedOnceAndADeclineSaysWhy() {
        Nomination nomination = new Nomination(1, 2, "440000", "440100", " 业务骨干 ", 7L, Instant.now());
        assertThat(nomination.getReason()).isEqualTo("业务骨干");
        assertThatThrownBy(() -> nomination.decline(" ", 1L, Instant.now())).hasMessage("nomination.reasonRequired");
        nomination.select(1L, Instant.now());
        assertThatThrownBy(nomination::withdraw).hasMessage("nomination.decidedAlready");
        assertThatThrownBy(() -> nomination.decline("名额有限", 1L, Instant.now()))
                .hasMessage("nomination.decidedAlready");
        nomination.enrolled(99);
        assertThat(nomination.getStatus()).isEqualTo(Nomination.Status.ENROLLED);
        assertThat(nomination.getEnrollmentId()).isEqualTo(99L);

        Nomination withdrawn = new Nomination(1, 3, "440000", "440100", "骨干", 7L, Instant.now());
        withdrawn.withdraw();
        assertThatThrownBy(() -> withdrawn.enrolled(5)).hasMessage("nomination.notSelected");
        withdrawn.renominate("再次推荐", 7L, Instant.now());
        assertThat(withdrawn.getStatus()).isEqualTo(Nomination.Status.NOMINATED);
        assertThatThrownBy(() -> withdrawn.renominate("又一次", 7L, Instant.now()))
                .isInstanceOf(ConflictException.class).hasMessage("nomination.duplicate");
        assertThatThrownBy(() -> new Nomination(1, 4, "440000", "440100", "", 7L, Instant.now()))
                .hasMessage("nomination.reasonRequired");
    }
}
