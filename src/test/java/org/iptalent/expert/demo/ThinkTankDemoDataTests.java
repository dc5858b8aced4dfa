package org.iptalent.expert.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's think tanks, founded through the services: each with a lead among its current members, a completed
 * topic and a second one, and every other one a report whose file is a real PDF.
 */
@PlatformTest
class ThinkTankDemoDataTests {

    @Autowired
    ThinkTankDemoData demo;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thinkTanksHaveLeadsTopicsAndReportsWithPdfs() {
        UserSummary national = accounts.active("tt.demo", Role.NATIONAL_ADMIN, null);
        ExpertPool pool = new ExpertPool(context, national);
        String category = pool.category("演示智库专家", "Demo think tank experts");
        OrganisationView xinjiang = pool.organisation("新疆知识产权研究所", "650100");
        OrganisationView ningxia = pool.organisation("宁夏知识产权研究所", "640100");
        for (String name : List.of("天山雪", "昆仑云", "博格达")) {
            pool.expert(name, "650100", xinjiang, category);
            pool.expert(name + "贺", "640100", ningxia, category);
        }

        List<Long> made = demo.contribute(new DemoProperties(true, false, "Demo#IPTalent2026", 7),
                national.username(), 2);

        assertThat(made).hasSize(2);
        for (long id : made) {
            assertThat(count("select count(*) from think_tank_member where think_tank_id = ? and role = 'LEAD' "
                    + "and until is null", id)).isEqualTo(1);
            assertThat(count("select count(*) from research_topic where think_tank_id = ?", id)).isEqualTo(2);
            assertThat(count("select count(*) from research_topic where think_tank_id = ? and state = 'COMPLETED'",
                    id)).isEqualTo(1);
        }
        byte[] file = jdbc.queryForObject("""
                select f.content from think_tank_report r join uploaded_file f on f.id = r.file_id
                where r.think_tank_id = ?""", byte[].class, made.get(0));
        assertThat(new String(file, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(count("select count(*) from think_tank_report where think_tank_id = ?", made.get(1))).isZero();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
