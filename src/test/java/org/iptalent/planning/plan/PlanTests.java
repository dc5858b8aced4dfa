package org.iptalent.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** A plan's own rules: its period bounds its targets, a plan in force keeps what has values, a copy moves the years. */
class PlanTests {

    private static IndicatorSpec spec(String code, int year, Indicator.SourceKind kind, String source) {
        return new IndicatorSpec(code, Indicator.Kind.MAIN, "知识产权人才数量", "IP talents",
                IndicatorUnit.TEN_THOUSAND_PERSONS, BigDecimal.valueOf(100), year, Indicator.Direction.AT_LEAST,
                Indicator.Attribute.ANTICIPATORY, null, kind, source, null, null);
    }

    private static String key(Runnable work) {
        try {
            work.run();
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
        return null;
    }

    @Test
    void aTargetYearOutsideThePeriodAndAComputedIndicatorWithoutSourceAreRefused() {
        Plan plan = new Plan("规划", "Plan", 2026, 2030, false);
        assertThat(key(() -> plan.add(spec("ip-talents", 2031, Indicator.SourceKind.COMPUTED, "registry.talents"))))
                .isEqualTo("planning.indicator.targetYearOutsidePeriod");
        assertThat(key(() -> plan.add(spec("ip-talents", 2030, Indicator.SourceKind.COMPUTED, " "))))
                .isEqualTo("planning.indicator.sourceRequired");
        assertThat(key(() -> plan.add(spec("IP talents", 2030, Indicator.SourceKind.COMPUTED, "registry.talents"))))
                .isEqualTo("planning.indicator.codeInvalid");
        assertThat(plan.sortedIndicators()).as("nothing half-added").isEmpty();
        plan.add(spec("ip-talents", 2030, Indicator.SourceKind.REPORTED, null));
        assertThat(key(() -> plan.add(spec("ip-talents", 2030, Indicator.SourceKind.REPORTED, null))))
                .isEqualTo("planning.indicator.codeTaken");
        assertThat(key(() -> plan.describe("规划", "Plan", 2026, 2029)))
                .as("the period cannot leave out a target year").isEqualTo("planning.plan.periodLeavesTarget");
    }

    @Test
    void aPlanInForceKeepsAnIndicatorWithValuesAndAClosedPlanChangesNoMore() {
        Plan plan = new Plan("规划", "Plan", 2026, 2030, false);
        Indicator kept = plan.add(spec("ip-talents", 2030, Indicator.SourceKind.COMPUTED, "registry.talents"));
        Indicator dropped = plan.add(spec("other", 2030, Indicator.SourceKind.REPORTED, null));
        plan.bringIntoForce();
        assertThat(key(() -> plan.remove(kept, true))).isEqualTo("planning.indicator.hasValues");
        plan.remove(dropped, false);
        assertThat(plan.sortedIndicators()).containsExactly(kept);
        plan.close();
        assertThat(key(() -> plan.remove(kept, false))).isEqualTo("planning.plan.closed");
        assertThat(key(() -> kept.change(kept.spec()))).isEqualTo("planning.plan.closed");
    }

    @Test
    void aCopyIsADraftOfTheSameIndicatorsWithTheNewPeriodsTargetYear() {
        Plan plan = new Plan("十四五", "14th", 2021, 2025, false);
        plan.add(spec("ip-talents", 2025, Indicator.SourceKind.COMPUTED, "registry.talents"));
        plan.bringIntoForce();
        Plan copy = plan.copy("十五五", "15th", 2026, 2030, true);
        assertThat(copy.getStatus()).isEqualTo(Plan.Status.DRAFT);
        assertThat(copy.isDemonstration()).isTrue();
        assertThat(copy.sortedIndicators()).singleElement().satisfies(i -> {
            assertThat(i.getTargetYear()).isEqualTo(2030);
            assertThat(i.getSourceCode()).isEqualTo("registry.talents");
        });
    }

    @Test
    void namesNotesAndTargetsAreRefusedInWordsWhenTheyDoNotFit() {
        Plan plan = new Plan("规划", "Plan", 2026, 2030, false);
        IndicatorSpec base = spec("ok", 2030, Indicator.SourceKind.REPORTED, null);
        assertThat(key(() -> plan.add(new IndicatorSpec("a", base.kind(), "名".repeat(201), null, base.unit(),
                base.target(), 2030, base.direction(), base.attribute(), null, base.sourceKind(), null, null, null))))
                .isEqualTo("planning.indicator.nameTooLong");
        assertThat(key(() -> plan.add(new IndicatorSpec("a", base.kind(), "名", null, base.unit(), base.target(), 2030,
                base.direction(), base.attribute(), null, base.sourceKind(), null, "注".repeat(501), null))))
                .isEqualTo("planning.indicator.noteTooLong");
        assertThat(key(() -> plan.add(new IndicatorSpec("a", base.kind(), "名", null, IndicatorUnit.PERCENT,
                BigDecimal.valueOf(500), 2030, base.direction(), base.attribute(), null, base.sourceKind(), null, null,
                null)))).as("a rate over 100").isEqualTo("planning.indicator.targetShape");
        assertThat(key(() -> plan.add(new IndicatorSpec("a", base.kind(), "名", null, IndicatorUnit.ITEMS,
                new BigDecimal("5.5"), 2030, base.direction(), base.attribute(), null, base.sourceKind(), null, null,
                null)))).as("half a base").isEqualTo("planning.indicator.targetShape");
        assertThat(key(() -> new Plan("规".repeat(201), null, 2026, 2030, false))).isEqualTo("planning.plan.nameTooLong");
        assertThat(plan.sortedIndicators()).isEmpty();
    }

    @Test
    void progressReadsTheDirection() {
        assertThat(Progress.percent(Indicator.Direction.AT_LEAST, BigDecimal.valueOf(86), BigDecimal.valueOf(100)))
                .isEqualByComparingTo("86.0");
        assertThat(Progress.percent(Indicator.Direction.AT_MOST, BigDecimal.valueOf(200), BigDecimal.valueOf(100)))
                .isEqualByComparingTo("50.0");
        assertThat(Progress.percent(Indicator.Direction.ABOUT, BigDecimal.valueOf(4400), BigDecimal.valueOf(4000)))
                .isEqualByComparingTo("90.0");
        assertThat(Progress.met(Indicator.Direction.ABOUT, BigDecimal.valueOf(4400), BigDecimal.valueOf(4000))).isTrue();
        assertThat(Progress.met(Indicator.Direction.ABOUT, BigDecimal.valueOf(4401), BigDecimal.valueOf(4000))).isFalse();
    }
}
