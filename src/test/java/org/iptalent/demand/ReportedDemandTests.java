package org.iptalent.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.SourceCatalogue;
import org.iptalent.shared.RegionScope;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demand's indicator sources: the staff needed now as the latest known survey gave them, a survey known from the
 * day its round closed or else from its year's end; other horizons never counted; by province and city. Years far
 * ahead, so no other test's reports are the latest known.
 */
@PlatformTest
class ReportedDemandTests {

    private static final int EARLIER = 2088;
    private static final int LATER = 2089;

    @Autowired
    SourceCatalogue sources;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemandStepsOnTheDayItsSurveyRoundClosed() {
        IndicatorSource staff = sources.find("demand.staff").orElseThrow();
        IndicatorSource protection = sources.find("demand.team.PROTECTION").orElseThrow();
        IndicatorSource application = sources.find("demand.team.APPLICATION").orElseThrow();
        assertThat(staff.unit()).isEqualTo(IndicatorUnit.PERSONS);
        assertThat(staff.dated()).isTrue();
        long organisation = jdbc.queryForObject("""
                insert into organisation (name, type, region_code, industry_code, created_at, updated_at)
                values ('需求指标测试单位', 'ENTERPRISE', '440100', '72', now(), now()) returning id""", Long.class);
        try {
            report(organisation, EARLIER, "NOW", "440100", "PROTECTION", "PROT_TECH_INVESTIGATOR", 30);
            report(organisation, EARLIER, "NOW", "440300", "APPLICATION", "APP_OPERATION", 20);
            report(organisation, EARLIER, "NOW", "440000", "PROTECTION", "PROT_ADMIN_ADJUDICATION", 5);
            report(organisation, EARLIER, "Y3", "440100", "PROTECTION", "PROT_TECH_INVESTIGATOR", 999);
            report(organisation, LATER, "NOW", "440100", "PROTECTION", "PROT_TECH_INVESTIGATOR", 40);
            jdbc.update("""
                    insert into demand_round (region_code, year, state, closed_at, created_at, updated_at)
                    values ('000000', ?, 'CLOSED', ?, now(), now())""", LATER,
                    Timestamp.valueOf(LocalDate.of(LATER, 6, 30).atTime(17, 0)));

            LocalDate before = LocalDate.of(LATER, 6, 29);
            assertThat(staff.value(RegionScope.national(), before)).isEqualByComparingTo("55");
            assertThat(protection.value(RegionScope.of("440000"), before)).isEqualByComparingTo("35");
            assertThat(protection.values(RegionScope.Level.CITY, before).get("440100")).isEqualByComparingTo("30");
            assertThat(protection.values(RegionScope.Level.CITY, before).get("440300")).isEqualByComparingTo("0");
            assertThat(application.values(RegionScope.Level.PROVINCE, before).get("440000"))
                    .isEqualByComparingTo("20");
            assertThat(application.values(RegionScope.Level.PROVINCE, before)).hasSize(31);

            LocalDate closed = LocalDate.of(LATER, 6, 30);
            assertThat(staff.value(RegionScope.national(), closed)).isEqualByComparingTo("40");
            assertThat(protection.value(RegionScope.of("440100"), closed)).isEqualByComparingTo("40");
            assertThat(application.value(RegionScope.of("440000"), closed)).isEqualByComparingTo(BigDecimal.ZERO);
        } finally {
            jdbc.update("delete from demand_report where organisation_id = ?", organisation);
            jdbc.update("delete from demand_round where year in (?, ?)", EARLIER, LATER);
            jdbc.update("delete from organisation where id = ?", organisation);
        }
    }

    private void report(long organisation, int year, String horizon, String region, String team, String category,
            int headcount) {
        String province = region.substring(0, 2) + "0000";
        jdbc.update("""
                insert into demand_report (organisation_id, survey_year, horizon, region_code, province_code, city_code,
                  industry_code, team, category, education, headcount, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, '72', ?, ?, 'BACHELOR', ?, now(), now())""", organisation, year, horizon,
                region, province, region.equals(province) ? null : region, team, category, headcount);
    }
}
