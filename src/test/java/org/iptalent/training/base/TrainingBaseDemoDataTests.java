package org.iptalent.training.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.iptalent.identity.NewUser;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo bases look like the plan's network: about 30 national bases over the provinces, local bases in most
 * provinces, a status history with bases on probation and a revoked one, the demo managers at their province's base,
 * and a 2025 scorecard whose weights sum to 100 with computed and reviewed items.
 */
@PlatformTest
class TrainingBaseDemoDataTests {

    @Autowired
    TrainingBaseDemoData demo;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    ReferenceData reference;
    @Autowired
    UserManagement users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generatesTheNetworkOfBases() {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from training_base", Long.class);
        UserSummary national = accounts.active("demo.nat", Role.NATIONAL_ADMIN, null);
        // hosts in every province: two universities and an IP academy
        for (Division province : reference.provinces().stream().filter(Division::isMainland).toList()) {
            for (String type : List.of("UNIVERSITY", "UNIVERSITY", "IP_ACADEMY")) {
                TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                        TestAccounts.uniqueName(province.shortNameZh() + "大学"), type, TestIdentities.creditCode(),
                        province.code(), null)));
            }
        }
        users.provisionAccounts(List.of(new NewUser("base.gd", "广东知识产权培训基地负责人", null,
                EnumSet.of(Role.TRAINING_BASE_MANAGER), "440000"), new NewUser("expert.bj", "北京知识产权专家", null,
                EnumSet.of(Role.EXPERT), "110000")), TestAccounts.PASSWORD, false);
        if (jdbc.queryForObject("select count(*) from training_base_scorecard where year = 2025", Long.class) > 0) {
            jdbc.update("delete from training_base_scorecard where year = 2025");
        }

        demo.contribute(new DemoProperties(true, false, "Demo#IPTalent2026", 7));

        Map<String, Object> counts = jdbc.queryForMap("""
                select count(*) filter (where level = 'NATIONAL') national,
                       count(*) filter (where level = 'LOCAL') local,
                       count(distinct substr(region_code, 1, 2)) filter (where level = 'NATIONAL') national_provinces,
                       count(distinct substr(region_code, 1, 2)) filter (where level = 'LOCAL') local_provinces,
                       count(*) filter (where status = 'PROBATION') probation,
                       count(*) filter (where status = 'REVOKED') revoked,
                       count(*) filter (where designated_on < '2021-01-01' or designated_on > '2025-12-31') undated
                from training_base where id > ?""", before);
        assertThat(((Number) counts.get("national")).intValue()).isEqualTo(30);
        assertThat(((Number) counts.get("national_provinces")).intValue()).isEqualTo(22);
        assertThat(((Number) counts.get("local_provinces")).intValue()).isBetween(20, 31);
        assertThat(((Number) counts.get("local")).intValue()).isBetween(2 * 20, 4 * 31);
        assertThat(((Number) counts.get("probation")).intValue()).isBetween(3, 10);
        assertThat(((Number) counts.get("revoked")).intValue()).isEqualTo(2);
        assertThat(((Number) counts.get("undated")).intValue()).isZero();
        // every base's status is its history's last step, which starts with its designation
        assertThat(jdbc.queryForObject("""
                select count(*) from training_base b where b.id > ? and (
                  b.status <> (select c.to_status from training_base_status_change c where c.training_base_id = b.id
                               order by c.changed_on desc, c.id desc limit 1)
                  or not exists (select 1 from training_base_status_change c where c.training_base_id = b.id
                                 and c.from_status is null and c.changed_on = b.designated_on))""", Long.class, before))
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from training_base b where b.id > ? and not exists (
                  select 1 from training_base_speciality s where s.training_base_id = b.id and s.kind = 'TEAM')""",
                Long.class, before)).isZero();
        long manager = users.findByUsername("base.gd").orElseThrow().id();
        assertThat(jdbc.queryForList("select b.region_code from training_base b join training_base_manager m "
                + "on m.training_base_id = b.id where m.user_id = ? and b.id > ?", String.class, manager, before))
                .singleElement().asString().startsWith("44");
        Map<String, Object> card = jdbc.queryForMap("""
                select sum(i.weight) weights, count(*) filter (where i.kind = 'COMPUTED') computed,
                       count(*) filter (where i.kind = 'REVIEWED') reviewed
                from training_base_scorecard s join training_base_scorecard_item i on i.scorecard_id = s.id
                where s.year = 2025""");
        assertThat(((Number) card.get("weights")).intValue()).isEqualTo(100);
        assertThat(((Number) card.get("computed")).intValue()).isPositive();
        assertThat(((Number) card.get("reviewed")).intValue()).isEqualTo(2);
        // phones are stored encrypted, masked for display
        assertThat(jdbc.queryForList("select contact_phone_masked from training_base where id > ? limit 5",
                String.class, before)).allMatch(p -> p.matches("1\\d\\d\\*{4}\\d{4}"));
    }
}
