package org.iptalent.registry.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.iptalent.platform.FieldCipher;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.registry.IdentityNumber;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo registry looks like the country: every province, every team, the plan's proportions. */
@PlatformTest
class RegistryDemoDataTests {

    @Autowired
    RegistryDemoData demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;

    /** The ids before the demo, generated once for every test here: a second run would repeat identity numbers. */
    private record Generated(long talentsBefore, long organisationsBefore) {
    }

    private static Generated generated;

    private Generated generate() {
        if (generated == null) {
            long talents = jdbc.queryForObject("select coalesce(max(id), 0) from talent", Long.class);
            long organisations = jdbc.queryForObject("select coalesce(max(id), 0) from organisation", Long.class);
            demo.contribute(new DemoProperties(true, false, "Demo#IPTalent2026", 7), 5000);
            generated = new Generated(talents, organisations);
        }
        return generated;
    }

    @Test
    void generatesARealisticCountry() {
        long before = generate().talentsBefore();
        assertThat(jdbc.queryForObject("select count(*) from talent t where t.id > ?", Long.class, before))
                .isEqualTo(5000);
        assertThat(jdbc.queryForObject("select count(distinct province_code) from talent t where t.id > ?",
                Long.class, before)).isEqualTo(31);
        assertThat(jdbc.queryForList("select distinct c.team from talent_category c where c.talent_id > ?",
                String.class, before)).containsExactlyInAnyOrder("PROTECTION", "APPLICATION", "PUBLIC_SERVICE",
                "INTERNATIONAL", "BASIC");
        Map<String, Object> shares = jdbc.queryForMap("""
                select count(*) filter (where q.type = 'PATENT_AGENT') * 100.0 / 5000 agents,
                       count(*) filter (where q.type = 'PROFESSIONAL_TITLE' and q.title_level <> 'ASSISTANT') * 100.0
                         / 5000 titled
                from qualification q where q.talent_id > ?""", before);
        assertThat(((Number) shares.get("agents")).doubleValue()).isBetween(2.5, 6.0);
        assertThat(((Number) shares.get("titled")).doubleValue()).isBetween(1.2, 3.8);
        // registered over the years as the country grew, with departures spread over the plan's years since 2021
        Map<String, Object> dates = jdbc.queryForMap("""
                select count(*) filter (where created_at < timestamptz '2021-01-01 00:00+08') * 100.0 / 5000 before_plan,
                       count(*) filter (where status <> 'ACTIVE' and (left_at < created_at
                         or left_at < timestamptz '2021-01-01 00:00+08' or left_at > now())) misplaced,
                       count(*) filter (where left_at < timestamptz '2023-01-01 00:00+08') early,
                       count(*) filter (where left_at >= timestamptz '2025-01-01 00:00+08') late
                from talent t where t.id > ?""", before);
        assertThat(((Number) dates.get("before_plan")).doubleValue()).isBetween(55.0, 70.0);
        assertThat(((Number) dates.get("misplaced")).longValue()).isZero();
        assertThat(((Number) dates.get("early")).longValue()).isPositive();
        assertThat(((Number) dates.get("late")).longValue()).isPositive();
        long beijing = jdbc.queryForObject("select count(*) from talent where id > ? and province_code = '110000'",
                Long.class, before);
        long tibet = jdbc.queryForObject("select count(*) from talent where id > ? and province_code = '540000'",
                Long.class, before);
        assertThat(beijing).isGreaterThan(20 * Math.max(1, tibet));
        List<Map<String, Object>> sample = jdbc.queryForList(
                "select identity_cipher, identity_masked, gender from talent where id > ? limit 50", before);
        for (Map<String, Object> row : sample) {
            String identity = cipher.decrypt((String) row.get("identity_cipher"));
            assertThat(IdentityNumber.isValid(identity)).isTrue();
            assertThat(row.get("identity_masked")).isEqualTo(identity.substring(0, 6) + "********" + identity.substring(14));
            assertThat(row.get("gender")).isEqualTo(IdentityNumber.gender(identity).name());
        }
    }

    @Test
    void anOrganisationsIndustryIsTheOneItsNameSays() {
        long before = generate().organisationsBefore();
        long talentsBefore = generate().talentsBefore();
        Map<String, String> industryOfName = Map.of("专利代理事务所", "75", "知识产权代理有限公司", "75",
                "商标代理有限公司", "75", "律师事务所", "72", "大学", "83", "知识产权培训基地", "83", "知识产权学院", "83",
                "知识产权局", "92", "图书馆", "88", "知识产权协会", "95");
        industryOfName.forEach((name, industry) -> assertThat(jdbc.queryForList("select distinct industry_code from "
                + "organisation where id > ? and name like ?", String.class, before, "%" + name + "%"))
                .as("organisations named …%s", name).containsExactly(industry));
        Map<String, String> enterprises = Map.of("医药", "27", "汽车零部件", "36", "半导体", "39", "软件", "65",
                "化工", "26");
        enterprises.forEach((trade, industry) -> assertThat(jdbc.queryForList("select distinct industry_code from "
                + "organisation where id > ? and type = 'ENTERPRISE' and name like ?", String.class, before,
                "%" + trade + "%有限公司")).as("enterprises in %s", trade).containsExactly(industry));
        assertThat(jdbc.queryForList("select distinct industry_code from organisation where id > ? and type = "
                + "'ENTERPRISE'", String.class, before)).as("mostly manufacturers")
                .contains("13", "26", "27", "34", "35", "36", "38", "39", "40");
        assertThat(jdbc.queryForObject("""
                select count(*) from talent t join organisation o on o.id = t.employer_id
                where t.id > ? and t.industry_code is distinct from o.industry_code""", Long.class, talentsBefore))
                .as("a talent works in the industry of the employer").isZero();
    }
}
