package org.iptalent.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.iptalent.education.academy.AcademyCatalogue;
import org.iptalent.education.academy.AcademyInput;
import org.iptalent.education.degree.DegreeCatalogue;
import org.iptalent.education.degree.DegreeLevel;
import org.iptalent.education.degree.ProgrammeInput;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.SourceCatalogue;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan's sources: a jointly built academy counts from its founding day in its province and city, a programme
 * from 1 September of its first year; the plan's "jointly built academies" indicator names this module's source.
 */
@PlatformTest
class EducationIndicatorTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    SourceCatalogue sources;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    DegreeCatalogue programmes;
    @Autowired
    AcademyCatalogue academies;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void academiesCountFromTheirFoundingDayInTheirRegion() {
        IndicatorSource source = sources.find("education.joint-academies").orElseThrow();
        assertThat(source.unit()).isEqualTo(IndicatorUnit.ITEMS);
        assertThat(source.dated()).isTrue();
        UserSummary national = accounts.active("edui.nat", Role.NATIONAL_ADMIN, null);
        OrganisationView host = university(national, "320500");
        LocalDate founded = LocalDate.of(2021, 6, 15);
        LocalDate before = founded.minusDays(1);
        BigDecimal nationBefore = source.value(RegionScope.national(), founded);
        Map<String, BigDecimal> provincesBefore = source.values(RegionScope.Level.PROVINCE, founded);
        Map<String, BigDecimal> citiesBefore = source.values(RegionScope.Level.CITY, founded);
        BigDecimal dayBefore = source.value(RegionScope.of("320000"), before);

        TestAccounts.as(national, () -> academies.create(new AcademyInput("指标测试学院" + System.nanoTime(),
                host.id(), "国家知识产权局、江苏省人民政府", founded, "320500")));

        assertThat(source.value(RegionScope.national(), founded)).isEqualByComparingTo(nationBefore.add(BigDecimal.ONE));
        assertThat(source.values(RegionScope.Level.PROVINCE, founded).get("320000"))
                .isEqualByComparingTo(provincesBefore.get("320000").add(BigDecimal.ONE));
        assertThat(source.values(RegionScope.Level.CITY, founded).get("320500"))
                .isEqualByComparingTo(citiesBefore.get("320500").add(BigDecimal.ONE));
        assertThat(source.values(RegionScope.Level.PROVINCE, founded)).hasSize(31);
        assertThat(source.value(RegionScope.of("320000"), before)).isEqualByComparingTo(dayBefore);
        assertThat(source.value(RegionScope.of("440000"), founded))
                .isEqualByComparingTo(provincesBefore.get("440000"));
    }

    @Test
    void programmesCountFromTheFirstSeptemberOfTheirFirstYear() {
        IndicatorSource source = sources.find("education.degree-programmes").orElseThrow();
        assertThat(source.unit()).isEqualTo(IndicatorUnit.ITEMS);
        UserSummary national = accounts.active("edui.nat2", Role.NATIONAL_ADMIN, null);
        OrganisationView university = university(national, "330100");
        LocalDate enrols = LocalDate.of(2019, 9, 1);
        BigDecimal enrolled = source.value(RegionScope.of("330000"), enrols);
        BigDecimal summer = source.value(RegionScope.of("330000"), enrols.minusDays(1));

        TestAccounts.as(national, () -> programmes.create(new ProgrammeInput(university.id(), "知识产权",
                DegreeLevel.BACHELOR, 2019)));

        assertThat(source.value(RegionScope.of("330000"), enrols)).isEqualByComparingTo(enrolled.add(BigDecimal.ONE));
        assertThat(source.value(RegionScope.of("330100"), enrols)).isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(source.value(RegionScope.of("330000"), enrols.minusDays(1))).isEqualByComparingTo(summer);
        assertThat(source.values(RegionScope.Level.PROVINCE, enrols).get("330000"))
                .isEqualByComparingTo(enrolled.add(BigDecimal.ONE));
    }

    @Test
    void thePlansJointlyBuiltAcademiesIndicatorNamesThisSource() {
        assertThat(jdbc.queryForList("select distinct source_code from indicator where code = 'joint-academies'",
                String.class)).containsExactly("education.joint-academies");
        assertThat(sources.codes()).contains("education.joint-academies", "education.degree-programmes")
                .doesNotContain("demand.joint-academies");
    }

    private OrganisationView university(UserSummary national, String region) {
        return TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                "指标测试大学" + System.nanoTime() % 1_000_000, "UNIVERSITY", TestIdentities.creditCode(), region,
                "83")));
    }
}
