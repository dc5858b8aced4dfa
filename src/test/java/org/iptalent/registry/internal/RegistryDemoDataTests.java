package org.iptalent.registry.internal;

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

    @Test
    void generatesARealisticCountry() {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from talent", Long.class);
        demo.contribute(new DemoProperties(true, false, "Demo#IPTalent2026", 7), 5000);
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
}
