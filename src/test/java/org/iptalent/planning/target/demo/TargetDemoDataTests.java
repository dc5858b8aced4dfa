package org.iptalent.planning.target.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's regional targets add up to the plan's (the largest remainders give out every step), follow the
 * provinces' shares, refine a few provinces' upwards and split two of them over their cities; the 14th plan's
 * figures of December 2025 are published once.
 */
@PlatformTest
class TargetDemoDataTests {

    @Autowired
    TargetDemoData demo;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLargestRemaindersShareOutTheWholeInProportion() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("a", new BigDecimal("5"));
        weights.put("b", new BigDecimal("3"));
        weights.put("c", new BigDecimal("2"));
        weights.put("d", BigDecimal.ZERO);
        Map<String, BigDecimal> shares = TargetDemoData.apportion(new BigDecimal("7"), BigDecimal.ONE, weights);
        assertThat(shares).containsExactly(Map.entry("a", new BigDecimal("4")), Map.entry("b", new BigDecimal("2")),
                Map.entry("c", new BigDecimal("1")), Map.entry("d", BigDecimal.ZERO));
        Map<String, BigDecimal> tenths = TargetDemoData.apportion(new BigDecimal("100"), new BigDecimal("0.01"),
                Map.of("x", BigDecimal.ONE, "y", BigDecimal.ONE, "z", BigDecimal.ONE));
        assertThat(tenths.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(tenths.values()).allMatch(v -> v.compareTo(new BigDecimal("33.33")) >= 0);
        assertThat(TargetDemoData.apportion(new BigDecimal("30"), BigDecimal.ONE, Map.of("p", BigDecimal.ZERO,
                "q", BigDecimal.ZERO)).values()).as("no weights: equal parts").containsOnly(new BigDecimal("15"));
    }

    @Test
    void theFourteenthPlansTargetsAddUpAFewAreRefinedAndItsFiguresArePublished() {
        demo.contribute(new DemoProperties(true, false, "unused", 7));
        demo.contribute(new DemoProperties(true, false, "unused", 7));
        long plan = jdbc.queryForObject("select id from plan where starts_year = 2021 and ends_year = 2025",
                Long.class);
        long talents = jdbc.queryForObject("select id from indicator where plan_id = ? and code = 'ip-talents'",
                Long.class, plan);
        assertThat(jdbc.queryForObject("""
                select sum(assigned) from regional_target where indicator_id = ? and region_code like '__0000'""",
                BigDecimal.class, talents)).isEqualByComparingTo("100");
        assertThat(jdbc.queryForObject("""
                select count(*) from regional_target where indicator_id = ? and region_code like '__0000'""",
                Integer.class, talents)).isEqualTo(31);
        assertThat(jdbc.queryForObject("""
                select count(*) from regional_target where indicator_id = ? and refined >= assigned""",
                Integer.class, talents)).isEqualTo(4);
        BigDecimal guangdong = jdbc.queryForObject("""
                select refined from regional_target where indicator_id = ? and region_code = '440000'""",
                BigDecimal.class, talents);
        assertThat(jdbc.queryForObject("""
                select sum(assigned) from regional_target where indicator_id = ? and region_code like '44__00'
                and region_code <> '440000'""", BigDecimal.class, talents)).as("the cities share the refined target")
                .isEqualByComparingTo(guangdong);
        assertThat(jdbc.queryForObject("""
                select count(*) from regional_target t join indicator i on i.id = t.indicator_id
                where i.plan_id = ? and i.unit in ('PERCENT', 'SCORE')""", Integer.class, plan))
                .as("a rate's or a score's target is the plan's everywhere").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from plan_publication where plan_id = ? and month = date '2025-12-01'
                and withdrawn_at is null""", Integer.class, plan)).isEqualTo(1);
    }
}
