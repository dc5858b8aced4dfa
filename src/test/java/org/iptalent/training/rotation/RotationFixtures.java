package org.iptalent.training.rotation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.iptalent.training.offering.ClassMode;
import org.iptalent.training.offering.ClassPlan;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.Filling;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What rotation and nomination tests need around them: a base and a program level written as rows (their own
 * modules' services are tested elsewhere), classes planned through the class service, talents through the registry.
 */
public class RotationFixtures {

    private final JdbcTemplate jdbc;
    private final OrganisationRecords organisations;
    private final TalentRecords talents;
    private final ClassPlanning planning;

    public RotationFixtures(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.organisations = context.getBean(OrganisationRecords.class);
        this.talents = context.getBean(TalentRecords.class);
        this.planning = context.getBean(ClassPlanning.class);
    }

    /** A designated base in {@code region}, hosted by a new organisation there. */
    public long base(UserSummary national, String name, String level, String region) {
        long host = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName(name + "承办单位"), "UNIVERSITY", TestIdentities.creditCode(), region, null))).id();
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForObject("""
                insert into training_base (name, level, region_code, host_organisation_id, designated_on, status,
                                           created_at, updated_at)
                values (?, ?, ?, ?, ?, 'DESIGNATED', ?, ?) returning id
                """, Long.class, TestAccounts.uniqueName(name), level, region, host, Date.valueOf("2022-05-01"), now,
                now);
    }

    /** The foundation level of a new national program of the protection team. */
    public long level(String title) {
        Timestamp now = Timestamp.from(Instant.now());
        long program = jdbc.queryForObject("""
                insert into training_program (title, team, category, created_at, updated_at)
                values (?, 'PROTECTION', 'PROT_ADMIN_ADJUDICATION', ?, ?) returning id
                """, Long.class, TestAccounts.uniqueName(title), now, now);
        return jdbc.queryForObject("""
                insert into program_level (program_id, level, outcomes, required_hours)
                values (?, 'FOUNDATION', '掌握行政裁决程序', 16) returning id
                """, Long.class, program);
    }

    /** A planned class, its enrollment window open from before today to its start. */
    public long newClass(UserSummary planner, long levelId, long baseId, String title, Filling filling, int capacity,
            LocalDate startsOn, LocalDate endsOn) {
        LocalDate opens = LocalDate.now().minusDays(10);
        LocalDate closes = startsOn.isBefore(opens) ? opens : startsOn;
        return TestAccounts.as(planner, () -> planning.create(levelId, baseId, new ClassPlan(title,
                ClassMode.IN_PERSON, filling, startsOn, endsOn, "培训中心", capacity, "讲师", "行政裁决人员", opens,
                closes.isAfter(endsOn) ? endsOn : closes, 80, null))).getId();
    }

    /** A talent of {@code region} in {@code category}, whose position carries the test's marker. */
    public long talent(UserSummary registrar, String name, String region, String category, String position) {
        return TestAccounts.as(registrar, () -> talents.create(new TalentInput(name, null, null,
                TestIdentities.identity(region.substring(0, 4) + "02", true), null, null, "BACHELOR", "LAW", "法学",
                null, null, region, "92", List.of(category), position, null, null, null), Talent.Source.MANUAL)).id();
    }

    /** A class's enrollment completed on a day, as closing the class decides it (its rule is tested elsewhere). */
    public void complete(long classId, long talentId, LocalDate on) {
        jdbc.update("""
                update enrollment set status = 'COMPLETED', completed_on = ?, attended_hours = 16, credited_hours = 16
                where class_id = ? and talent_id = ?
                """, Date.valueOf(on), classId, talentId);
    }

    public static BigDecimal hours(int hours) {
        return BigDecimal.valueOf(hours);
    }
}
