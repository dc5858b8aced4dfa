package org.iptalent.training.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.iptalent.training.base.BaseInput;
import org.iptalent.training.base.TrainingBaseRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's classes follow the platform's own rules: completion by the class's rule, a certificate for each. */
@PlatformTest
class TrainingClassDemoDataTests {

    @Autowired
    TrainingClassDemoData demo;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TrainingBaseRecords bases;
    @Autowired
    TalentRecords talents;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void closedClassesCompleteByTheirRuleAndIssueACertificateToEachWhoCompleted() {
        UserSummary national = accounts.active("demo.nat", Role.NATIONAL_ADMIN, null);
        long host = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("西宁培训中心"), "UNIVERSITY", TestIdentities.creditCode(), "630100", null))).id();
        long baseId = TestAccounts.as(national, () -> bases.create(new BaseInput(TestAccounts.uniqueName("青海基地"),
                "NATIONAL", "630100", host, LocalDate.of(2021, 3, 1), "批准", List.of("PROTECTION"),
                List.<String>of(), null, null, null, null, false)).id());
        for (int i = 0; i < 20; i++) {
            String identity = TestIdentities.identity("630102", i % 2 == 0);
            TestAccounts.as(national, () -> talents.create(new TalentInput("学员" + identity.substring(14), null, null,
                    identity, null, null, "BACHELOR", "LAW", null, null, null, "630100", "72", List.of("PROT_ADMIN_ADJUDICATION"), null, null,
                    null, null), Talent.Source.MANUAL));
        }

        demo.contribute(new DemoProperties(true, false, "Demo#IPTalent2026", 11));

        List<Long> closed = jdbc.queryForList("select id from training_class where base_id = ? and status = 'CLOSED'",
                Long.class, baseId);
        assertThat(closed).hasSize(4);
        long wrong = jdbc.queryForObject("""
                select count(*) from enrollment e join training_class c on c.id = e.class_id
                cross join lateral (select sum(s.hours) * c.min_attendance_pct / 100.0 required
                                    from class_session s where s.class_id = c.id) r
                where c.base_id = ?
                  and (e.status = 'COMPLETED') <> (e.attended_hours >= round(r.required, 1) and e.score >= c.pass_mark)
                """, Long.class, baseId);
        assertThat(wrong).as("completion follows each class's rule").isZero();
        long completed = jdbc.queryForObject("""
                select count(*) from enrollment e join training_class c on c.id = e.class_id
                where c.base_id = ? and e.status = 'COMPLETED'""", Long.class, baseId);
        assertThat(completed).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from certificate where source_kind = 'TRAINING_CLASS' and source_id in
                (select e.id from enrollment e join training_class c on c.id = e.class_id where c.base_id = ?)""",
                Long.class, baseId)).isEqualTo(completed);
        assertThat(jdbc.queryForObject("""
                select count(*) from attendance a join class_session s on s.id = a.session_id
                join training_class c on c.id = s.class_id where c.base_id = ?""", Long.class, baseId)).isPositive();
    }
}
