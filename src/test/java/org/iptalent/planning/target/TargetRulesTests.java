package org.iptalent.planning.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.Indicator.Direction;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScope;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/**
 * The rules of regional targets without the database: who sets which region's target, which numbers a target may
 * be, how a refinement stands against the assignment, and how regions are ranked and sorted.
 */
class TargetRulesTests {

    private static final TargetRules.Region GUANGDONG =
            new TargetRules.Region("440000", "广东省", true, "440000", true, false);
    private static final TargetRules.Region GUANGZHOU =
            new TargetRules.Region("440100", "广州市", false, "440000", true, false);
    private static final TargetRules.Region JIANGSU =
            new TargetRules.Region("320000", "江苏省", true, "320000", true, false);
    private static final TargetRules.Region NANJING =
            new TargetRules.Region("320100", "南京市", false, "320000", true, false);
    private static final TargetRules.Region HUBEI_COUNTIES = new TargetRules.Region("429000", "湖北省省直辖县级行政区划",
            false, "420000", true, true);
    private static final TargetRules.Region HONG_KONG =
            new TargetRules.Region("810000", "香港", true, "810000", false, false);

    @Test
    void theNationalOfficeAssignsMainlandProvincesOnly() {
        assertThat(TargetRules.action(RegionScope.national(), GUANGDONG)).isEqualTo(TargetRules.Action.ASSIGN);
        assertThatThrownBy(() -> TargetRules.action(RegionScope.national(), GUANGZHOU))
                .isInstanceOf(BusinessRuleException.class).isNotInstanceOf(AccessDeniedException.class)
                .hasMessage("planning.target.provincesOnly");
        assertThatThrownBy(() -> TargetRules.action(RegionScope.national(), HONG_KONG))
                .hasMessage("planning.target.provincesOnly");
    }

    @Test
    void aProvinceRefinesItsOwnAndAssignsItsCitiesNeverAnotherProvinces() {
        RegionScope guangdong = RegionScope.of("440000");
        assertThat(TargetRules.action(guangdong, GUANGDONG)).isEqualTo(TargetRules.Action.REFINE);
        assertThat(TargetRules.action(guangdong, GUANGZHOU)).isEqualTo(TargetRules.Action.ASSIGN);
        assertThatThrownBy(() -> TargetRules.action(guangdong, JIANGSU)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("planning.target.outsideRegion")
                .satisfies(e -> assertThat(((BusinessRuleException) e).arguments()).containsExactly("江苏省"));
        assertThatThrownBy(() -> TargetRules.action(guangdong, NANJING)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aProvinceAssignsNoTargetToItsDirectlyAdministeredCountyGroup() {
        assertThat(TargetRules.action(RegionScope.of("420000"), new TargetRules.Region("420100", "武汉市", false,
                "420000", true, false))).isEqualTo(TargetRules.Action.ASSIGN);
        assertThatThrownBy(() -> TargetRules.action(RegionScope.of("420000"), HUBEI_COUNTIES))
                .isInstanceOf(BusinessRuleException.class).isNotInstanceOf(AccessDeniedException.class)
                .hasMessage("planning.target.countyGroup")
                .satisfies(e -> assertThat(((BusinessRuleException) e).arguments())
                        .containsExactly("湖北省省直辖县级行政区划"));
    }

    @Test
    void aCityAndAUserWithoutARegionSetNoTarget() {
        assertThatThrownBy(() -> TargetRules.action(RegionScope.of("440100"), GUANGZHOU))
                .isInstanceOf(AccessDeniedException.class).hasMessage("planning.target.cityReads");
        assertThatThrownBy(() -> TargetRules.action(RegionScope.nothing(), GUANGDONG))
                .isInstanceOf(AccessDeniedException.class).hasMessage("planning.target.notAllowed");
    }

    @Test
    void aTargetIsANumberItsUnitCanBe() {
        TargetRules.checkValue(IndicatorUnit.TEN_THOUSAND_PERSONS, new BigDecimal("8.25"), new BigDecimal("100"), "全国");
        TargetRules.checkValue(IndicatorUnit.PERSONS, new BigDecimal("120.00"), null, null);
        TargetRules.checkValue(IndicatorUnit.PERCENT, new BigDecimal("100"), null, null);
        refused(IndicatorUnit.PERSONS, null, "planning.target.valueRequired");
        refused(IndicatorUnit.PERSONS, "-1", "planning.target.negative");
        refused(IndicatorUnit.ITEMS, "2.5", "planning.target.wholeNumber");
        refused(IndicatorUnit.TEN_THOUSAND_PERSONS, "8.125", "planning.target.twoDecimals");
        refused(IndicatorUnit.SCORE, "100.5", "planning.target.overHundred");
        refused(IndicatorUnit.PERCENT, "250", "planning.target.overHundred");
        refused(IndicatorUnit.PERSONS, "1000000000000", "planning.target.tooLarge");
    }

    @Test
    void aCountsShareIsNoMoreThanItsWholeARateHasNoWhole() {
        assertThatThrownBy(() -> TargetRules.checkValue(IndicatorUnit.TEN_THOUSAND_PERSONS, new BigDecimal("101"),
                new BigDecimal("100"), "全国")).hasMessage("planning.target.overWhole")
                .satisfies(e -> assertThat(((BusinessRuleException) e).arguments()).containsExactly("101", "全国", "100"));
        TargetRules.checkValue(IndicatorUnit.TEN_THOUSAND_PERSONS, new BigDecimal("100"), new BigDecimal("100"), "全国");
        TargetRules.checkValue(IndicatorUnit.SCORE, new BigDecimal("95"), new BigDecimal("90"), "全国");
    }

    @Test
    void aRefinementIsNeverLessAmbitiousThanTheAssignment() {
        RegionalTarget target = new RegionalTarget(1, "440000");
        assertThat(target.assign(new BigDecimal("8"), Direction.AT_LEAST, 1)).isFalse();
        assertThatThrownBy(() -> target.refine(new BigDecimal("7.5"), Direction.AT_LEAST, 2))
                .hasMessage("planning.target.belowAssigned");
        target.refine(new BigDecimal("9"), Direction.AT_LEAST, 2);
        assertThat(target.effective()).isEqualByComparingTo("9");
        assertThat(target.assign(new BigDecimal("8.5"), Direction.AT_LEAST, 1)).as("a lower assignment keeps it")
                .isFalse();
        assertThat(target.effective()).isEqualByComparingTo("9");
        assertThat(target.assign(new BigDecimal("10"), Direction.AT_LEAST, 1)).as("a higher one drops it").isTrue();
        assertThat(target.getRefined()).isNull();
        assertThat(target.effective()).isEqualByComparingTo("10");

        RegionalTarget ceiling = new RegionalTarget(2, "440000");
        ceiling.assign(new BigDecimal("50"), Direction.AT_MOST, 1);
        assertThatThrownBy(() -> ceiling.refine(new BigDecimal("60"), Direction.AT_MOST, 2))
                .hasMessage("planning.target.aboveAssigned");
        RegionalTarget about = new RegionalTarget(3, "440000");
        about.assign(new BigDecimal("120"), Direction.ABOUT, 1);
        about.refine(new BigDecimal("100"), Direction.ABOUT, 2);
        assertThat(about.effective()).isEqualByComparingTo("100");
    }

    @Test
    void regionsRankByProgressEqualProgressSharesAPlaceNoneHasNone() {
        List<RegionLine> ranked = RegionalBreakdown.ranked(List.of(line("110000", "80"), line("120000", "95.5"),
                line("130000", null), line("140000", "80"), line("150000", "60")));
        assertThat(ranked).extracting(RegionLine::code, RegionLine::rank).containsExactly(
                org.assertj.core.groups.Tuple.tuple("110000", 2), org.assertj.core.groups.Tuple.tuple("120000", 1),
                org.assertj.core.groups.Tuple.tuple("130000", null), org.assertj.core.groups.Tuple.tuple("140000", 2),
                org.assertj.core.groups.Tuple.tuple("150000", 4));

        assertThat(RegionalBreakdown.sorted(ranked, Sort.by("rank"))).extracting(RegionLine::code)
                .containsExactly("120000", "110000", "140000", "150000", "130000");
        assertThat(RegionalBreakdown.sorted(ranked, Sort.by(Sort.Order.desc("progress")))).extracting(RegionLine::code)
                .as("descending, and the line without progress still last")
                .containsExactly("120000", "110000", "140000", "150000", "130000");
        assertThat(RegionalBreakdown.sorted(ranked, Sort.by(Sort.Order.asc("progress")))).extracting(RegionLine::code)
                .containsExactly("150000", "110000", "140000", "120000", "130000");
        assertThat(RegionalBreakdown.sorted(ranked, Sort.by(Sort.Order.desc("region")))).extracting(RegionLine::code)
                .containsExactly("150000", "140000", "130000", "120000", "110000");
        assertThatThrownBy(() -> RegionalBreakdown.SORTS.parse(List.of("password")))
                .hasMessage("paging.sort.unknown");
    }

    @Test
    void aSplitThatDoesNotAddUpSaysByHowMuch() {
        TargetSum sum = new TargetSum(new BigDecimal("98.5"), 29, 31, new BigDecimal("100"));
        assertThat(sum.addsUp()).isFalse();
        assertThat(sum.difference()).isEqualByComparingTo("-1.5");
        assertThat(new TargetSum(new BigDecimal("100.00"), 31, 31, new BigDecimal("100")).addsUp()).isTrue();
        assertThat(new TargetSum(BigDecimal.TEN, 2, 21, null).difference()).isNull();
    }

    private static RegionLine line(String code, String progress) {
        return new RegionLine(code, code, null, null, null, null, false, progress == null ? null
                : new BigDecimal(progress), false, null, 0);
    }

    private static void refused(IndicatorUnit unit, String value, String key) {
        assertThatThrownBy(() -> TargetRules.checkValue(unit, value == null ? null : new BigDecimal(value), null, null))
                .as(unit + " " + value).isInstanceOf(BusinessRuleException.class).hasMessage(key);
    }
}
