package org.iptalent.expert.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.iptalent.expert.draw.ExpertDraws;
import org.iptalent.identity.UserSummary;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo pool keeps the pool's own rules: one expert a talent, categories of the taxonomy, terms that fit the
 * standing (an expired term over, the others running), a credit record from the appointment, team members appointed
 * trademark examiners who joined after their appointment; and its draws, made through the services, replay identically
 * and leave evaluated engagements.
 */
@PlatformTest
class ExpertDemoDataTests {

    @Autowired
    ExpertPoolDemoData demo;
    @Autowired
    ExpertDraws draws;
    @Autowired
    TalentRecords talents;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePoolKeepsTheRulesAndItsDrawsReplay() {
        UserSummary national = accounts.active("expert.demo", Role.NATIONAL_ADMIN, null);
        List<String> regions = List.of("110000", "440100", "320500", "510100", "330100", "420100");
        for (int i = 0; i < 60; i++) {
            String region = regions.get(i % regions.size());
            String identity = TestIdentities.identity(region, i % 2 == 0);
            TestAccounts.as(national, () -> talents.create(new TalentInput("演示专家" + identity.substring(12), null,
                    null, identity, null, null, "MASTER", "LAW", null, null, null, region, "72",
                    List.of("PROT_TECH_INVESTIGATOR"), null, null, null, null), Talent.Source.MANUAL));
        }
        long firstExpert = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from expert", Long.class);
        long firstDraw = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from expert_draw", Long.class);
        int present = members();

        long started = System.nanoTime();
        demo.contribute(new DemoProperties(true, false, "Demo#IPTalent2026", 7), 50, present + 3, 4,
                national.username());
        long elapsed = (System.nanoTime() - started) / 1_000_000;

        Date today = Date.valueOf(LocalDate.now());
        assertThat(count("select count(*) from expert where id >= ?", firstExpert)).isEqualTo(50);
        assertThat(count("""
                select count(*) from expert e where e.id >= ?
                  and (not exists (select 1 from expert_category_link c where c.expert_id = e.id)
                       or not exists (select 1 from expert_credit c where c.expert_id = e.id and c.kind = 'APPOINTED')
                       or e.term_ends_on > e.term_starts_on + interval '5 years'
                       or (e.status = 'EXPIRED') <> (e.term_ends_on < ?))""", firstExpert, today))
                .as("categories, an appointment on record, a term of five years at most that fits the standing")
                .isZero();
        assertThat(count("""
                select count(*) from expert e join talent t on t.id = e.talent_id
                where e.id >= ? and e.display_name is distinct from t.name""", firstExpert))
                .as("the name copied for the search index").isZero();
        assertThat(count("""
                select count(*) from expert_category_link c where c.expert_id >= ?
                  and c.category_code not in (select code from expert_category)""", firstExpert)).isZero();
        assertThat(count("""
                select count(*) from expert_team_member m join expert e on e.id = m.expert_id
                where m.team_code = 'TRADEMARK_EXAMINATION' and e.id >= ?
                  and (e.status <> 'APPOINTED' or e.blacklisted
                       or m.joined_on < (e.created_at at time zone 'Asia/Shanghai')::date
                       or not exists (select 1 from expert_category_link c where c.expert_id = e.id
                                        and c.category_code = 'TRADEMARK_EXAMINATION'))""", firstExpert)).isZero();
        assertThat(members()).isBetween(present, present + 3);

        List<Long> made = jdbc.queryForList("select id from expert_draw where id >= ? and drawn_by = ?", Long.class,
                firstDraw, national.id());
        assertThat(made).isNotEmpty();
        for (long draw : made) {
            assertThat(TestAccounts.as(national, () -> draws.replay(draw)).identical()).isTrue();
            assertThat(count("select count(*) from expert_engagement where draw_id = ? and evaluated_at is null",
                    draw)).isZero();
            assertThat(count("select count(*) from expert_engagement where draw_id = ?", draw)).isPositive();
        }
        assertThat(count("select count(*) from expert_draw_pick where draw_id >= ? and state = 'DECLINED'",
                firstDraw)).isPositive();
        org.slf4j.LoggerFactory.getLogger(getClass()).info("demo pool of 50 in {} ms", elapsed);
    }

    private int members() {
        return count("select count(*) from expert_team_member where team_code = 'TRADEMARK_EXAMINATION' "
                + "and left_on is null");
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
