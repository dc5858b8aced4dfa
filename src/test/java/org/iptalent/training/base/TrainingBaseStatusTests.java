package org.iptalent.training.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;

import org.iptalent.organisation.Organisation;
import org.iptalent.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** A base's status changes only through its own methods, each step in its history; a revoked base is final. */
class TrainingBaseStatusTests {

    static final Decider BY = new Decider(7L, "国家知识产权局");

    static TrainingBase base() {
        return new TrainingBase("测试基地", BaseLevel.NATIONAL, "440100", mock(Organisation.class),
                LocalDate.of(2022, 5, 1), "国知发人字〔2022〕10号", BY);
    }

    @Test
    void aNewBaseIsDesignatedWithItsDesignationAsTheFirstStep() {
        TrainingBase base = base();
        assertThat(base.getStatus()).isEqualTo(BaseStatus.DESIGNATED);
        assertThat(base.getHistory()).singleElement().satisfies(step -> {
            assertThat(step.isDesignation()).isTrue();
            assertThat(step.getToStatus()).isEqualTo(BaseStatus.DESIGNATED);
            assertThat(step.getChangedOn()).isEqualTo(LocalDate.of(2022, 5, 1));
            assertThat(step.getDecidedBy()).isEqualTo(7L);
            assertThat(step.getDecidedByName()).isEqualTo("国家知识产权局");
        });
    }

    @Test
    void eachChangeIsRecordedWithItsReasonAndWhoDecided() {
        TrainingBase base = base();
        base.changeStatus(BaseStatus.PROBATION, LocalDate.of(2024, 3, 1), " 考核未达标 ", BY, 41L);
        base.changeStatus(BaseStatus.DESIGNATED, LocalDate.of(2025, 3, 1), "整改合格", BY, null);
        assertThat(base.getStatus()).isEqualTo(BaseStatus.DESIGNATED);
        assertThat(base.getHistory()).extracting(StatusChange::getFromStatus, StatusChange::getToStatus,
                StatusChange::getReason, StatusChange::getAssessmentId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, BaseStatus.DESIGNATED, "国知发人字〔2022〕10号", null),
                org.assertj.core.groups.Tuple.tuple(BaseStatus.DESIGNATED, BaseStatus.PROBATION, "考核未达标", 41L),
                org.assertj.core.groups.Tuple.tuple(BaseStatus.PROBATION, BaseStatus.DESIGNATED, "整改合格", null));
    }

    @Test
    void aRevokedBaseIsFinal() {
        TrainingBase base = base();
        base.changeStatus(BaseStatus.REVOKED, LocalDate.of(2024, 3, 1), "撤销", BY, null);
        for (BaseStatus target : BaseStatus.values()) {
            assertThatThrownBy(() -> base.changeStatus(target, LocalDate.of(2025, 1, 1), "恢复", BY, null))
                    .isInstanceOf(BusinessRuleException.class).extracting("messageKey")
                    .isEqualTo("trainingBase.status.final");
        }
        assertThatThrownBy(() -> base.confirmStatus(LocalDate.of(2025, 1, 1), "维持", BY, 3L))
                .extracting("messageKey").isEqualTo("trainingBase.status.final");
        assertThatThrownBy(base::requireActive).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey", "arguments").containsExactly("trainingBase.revoked", new Object[] {"测试基地"});
        assertThat(base.getHistory()).hasSize(2);
    }

    @Test
    void impossibleOrUnfoundedChangesAreRefusedAndLeaveNoStep() {
        TrainingBase base = base();
        assertThatThrownBy(() -> base.changeStatus(BaseStatus.DESIGNATED, LocalDate.of(2024, 1, 1), "同上", BY, null))
                .extracting("messageKey").isEqualTo("trainingBase.status.unchanged");
        assertThatThrownBy(() -> base.changeStatus(BaseStatus.PROBATION, LocalDate.of(2024, 1, 1), "  ", BY, null))
                .extracting("field", "messageKey").containsExactly("reason", "field.required");
        assertThatThrownBy(() -> base.changeStatus(BaseStatus.PROBATION, LocalDate.of(2022, 4, 30), "早于认定", BY,
                null)).extracting("messageKey").isEqualTo("trainingBase.status.beforeLast");
        assertThat(base.getStatus()).isEqualTo(BaseStatus.DESIGNATED);
        assertThat(base.getHistory()).hasSize(1);
    }

    @Test
    void anAssessmentThatKeepsTheStatusIsAStepOfItsOwn() {
        TrainingBase base = base();
        base.changeStatus(BaseStatus.PROBATION, LocalDate.of(2024, 3, 1), "考核未达标", BY, null);
        base.confirmStatus(LocalDate.of(2025, 3, 1), "继续整改", BY, 9L);
        assertThat(base.getStatus()).isEqualTo(BaseStatus.PROBATION);
        assertThat(base.getHistory().get(2).isConfirmation()).isTrue();
        assertThat(base.getHistory().get(2).getAssessmentId()).isEqualTo(9L);
    }

    @Test
    void theDesignationDateIsCorrectedOnlyBeforeAnythingElseHappened() {
        TrainingBase base = base();
        base.describe("测试基地", "440100", base.getHostOrganisation(), LocalDate.of(2022, 6, 1));
        assertThat(base.getHistory().get(0).getChangedOn()).isEqualTo(LocalDate.of(2022, 6, 1));
        base.changeStatus(BaseStatus.UNDER_REVIEW, LocalDate.of(2024, 3, 1), "复核", BY, null);
        assertThatThrownBy(() -> base.describe("测试基地", "440100", base.getHostOrganisation(),
                LocalDate.of(2022, 7, 1))).extracting("messageKey").isEqualTo("trainingBase.designatedOn.fixed");
        assertThat(base.getDesignatedOn()).isEqualTo(LocalDate.of(2022, 6, 1));
    }

    @Test
    void everyStatusButRevokedMayBecomeAnyOther() {
        assertThat(BaseStatus.UNDER_REVIEW.canBecome(BaseStatus.PROBATION)).isTrue();
        assertThat(BaseStatus.PROBATION.canBecome(BaseStatus.PROBATION)).isFalse();
        assertThat(BaseStatus.REVOKED.canBecome(BaseStatus.DESIGNATED)).isFalse();
        assertThat(Adjustment.REVOKE.status()).isEqualTo(BaseStatus.REVOKED);
    }
}
