package org.iptalent.demand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.reference.ReferenceData;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's demand: several hundred employers (a small run of the contributor) report every year from 2021 to 2025
 * in closed national rounds, this year's round open; the short provinces ask for more than their supply, those with
 * a surplus for less; demand grows with the horizon; run again, it adds nothing.
 */
@PlatformTest
class DemandDemoDataTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ReferenceData reference;
    @Autowired
    Clock clock;

    @Test
    void employersReportOverTheYearsSoThatSomeProvincesAreShortAndOthersInSurplus() {
        DemandDemoData demo = new DemandDemoData(jdbc, dataSource, transaction, reference, clock, 400);
        DemoProperties properties = new DemoProperties(true, false, "Demo#IPTalent2026", 7);
        demo.contribute(properties);
        long rows = jdbc.queryForObject("select count(*) from demand_report", Long.class);
        demo.contribute(properties);
        assertThat(jdbc.queryForObject("select count(*) from demand_report", Long.class)).isEqualTo(rows);

        assertThat(jdbc.queryForList("select distinct survey_year from demand_report where survey_year <= 2025 "
                + "and survey_year >= 2021 order by 1", Integer.class)).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(jdbc.queryForObject("select count(distinct organisation_id) from demand_report where survey_year "
                + "between 2021 and 2025", Long.class)).isGreaterThanOrEqualTo(300);
        assertThat(jdbc.queryForList("select state from demand_round where region_code = '000000' and year between "
                + "2021 and 2025", String.class)).hasSize(5).containsOnly("CLOSED");

        // each province's demand now in 2025 against what the demo based it on: its supply (at least 40)
        Map<String, Double> ratio = new java.util.HashMap<>();
        jdbc.query("""
                select d.province_code, sum(d.headcount)::float8 / greatest(40, coalesce((select count(*) from talent t
                  where t.province_code = d.province_code and t.merged_into_id is null), 0))
                from demand_report d join organisation o on o.id = d.organisation_id
                where d.survey_year = 2025 and d.horizon = 'NOW' group by d.province_code""",
                rs -> {
                    ratio.put(rs.getString(1), rs.getDouble(2));
                });
        assertThat(ratio.get("440000")).isGreaterThan(1.3);
        assertThat(ratio.get("110000")).isLessThan(0.8);
        // more is needed the further ahead
        assertThat(jdbc.queryForObject("select sum(headcount) from demand_report where survey_year = 2025 and "
                + "horizon = 'Y5'", Long.class)).isGreaterThan(jdbc.queryForObject("select sum(headcount) from "
                + "demand_report where survey_year = 2025 and horizon = 'NOW'", Long.class));
    }
}
