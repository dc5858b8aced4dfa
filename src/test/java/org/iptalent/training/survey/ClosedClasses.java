package org.iptalent.training.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.iptalent.training.enrollment.AttendanceBook;
import org.iptalent.training.enrollment.AttendanceMark;
import org.iptalent.training.enrollment.ClassCompletion;
import org.iptalent.training.enrollment.Enrolling;
import org.iptalent.training.offering.ClassMode;
import org.iptalent.training.offering.ClassPlan;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.program.Level;
import org.iptalent.training.program.ProgramCatalogue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Classes run to their close the way the platform runs them (a base with its manager, a program, a class with a
 * session, trainees with accounts enrolled by an administrator, attendance, closing), for the survey and effect
 * tests. Tests inject it (a new one each time: see {@code TestSupportConfiguration}), or an
 * {@code ObjectProvider<ClosedClasses>} where a test asks for one only when it needs it.
 */
public final class ClosedClasses {

    /** A base in a region with its manager; trainees live in the same province. */
    public record Base(long id, String regionCode, UserSummary manager) {
    }

    /** A class closed with these trainees (each with an account), all of whom completed it. */
    public record Closed(long classId, Base base, List<UserSummary> trainees, List<Long> talentIds,
            List<Long> enrollmentIds) {
    }

    private final TestAccounts accounts;
    private final OrganisationRecords organisations;
    private final TalentRecords talents;
    private final TalentAccounts talentAccounts;
    private final ProgramCatalogue programs;
    private final ClassPlanning planning;
    private final Enrolling enrolling;
    private final AttendanceBook attendance;
    private final ClassCompletion completion;
    private final JdbcTemplate jdbc;
    private final UserSummary national;
    private Long levelId;

    public ClosedClasses(TestAccounts accounts, OrganisationRecords organisations, TalentRecords talents,
            TalentAccounts talentAccounts, ProgramCatalogue programs, ClassPlanning planning, Enrolling enrolling,
            AttendanceBook attendance, ClassCompletion completion, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.talents = talents;
        this.talentAccounts = talentAccounts;
        this.programs = programs;
        this.planning = planning;
        this.enrolling = enrolling;
        this.attendance = attendance;
        this.completion = completion;
        this.jdbc = jdbc;
        this.national = accounts.active("survey.nat", Role.NATIONAL_ADMIN, null);
    }

    public UserSummary national() {
        return national;
    }

    /** A designated base in {@code cityCode} with a manager of its own. */
    public Base base(String cityCode) {
        UserSummary manager = accounts.active("survey.base", Role.TRAINING_BASE_MANAGER, province(cityCode));
        long host = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("培训中心"), "UNIVERSITY", TestIdentities.creditCode(), cityCode, null))).id();
        Long id = jdbc.queryForObject("""
                insert into training_base (name, level, region_code, host_organisation_id, designated_on, status,
                                           created_at, updated_at)
                values (?, 'LOCAL', ?, ?, date '2022-05-01', 'DESIGNATED', now(), now()) returning id
                """, Long.class, TestAccounts.uniqueName("培训基地"), cityCode, host);
        jdbc.update("insert into training_base_manager (training_base_id, user_id) values (?, ?)", id, manager.id());
        return new Base(id, cityCode, manager);
    }

    /** A class of {@code base} that ended {@code endedDaysAgo} days ago, closed with {@code size} trainees. */
    public Closed close(Base base, int size, int endedDaysAgo) {
        Closed planned = planned(base, size, endedDaysAgo);
        TestAccounts.as(base.manager(), () -> completion.close(planned.classId()));
        return planned;
    }

    /** The same class, still planned: its trainees enrolled and present at its session. */
    public Closed planned(Base base, int size, int endedDaysAgo) {
        long level = level();
        LocalDate ends = LocalDate.now().minusDays(endedDaysAgo);
        LocalDate starts = ends.minusDays(1);
        long classId = TestAccounts.as(base.manager(), () -> planning.create(level, base.id(), new ClassPlan(
                TestAccounts.uniqueName("专利实务班"), ClassMode.IN_PERSON, Filling.ENROLLMENT, starts, ends, "会议中心",
                100, "陈老师", "企业知识产权管理人员", starts.minusDays(10), starts, 80, null))).getId();
        long sessionId = TestAccounts.as(base.manager(), () -> planning.addSession(classId, starts.atTime(9, 0),
                starts.atTime(12, 0), BigDecimal.valueOf(3), "专利检索", "陈老师")).getId();
        List<UserSummary> trainees = new ArrayList<>();
        List<Long> talentIds = new ArrayList<>();
        List<Long> enrollmentIds = new ArrayList<>();
        List<AttendanceMark> marks = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            UserSummary trainee = accounts.active("survey.talent", Role.TALENT, province(base.regionCode()));
            String identity = TestIdentities.identity(base.regionCode().substring(0, 4) + "02", i % 2 == 0);
            long talentId = TestAccounts.as(national, () -> talents.create(new TalentInput("学员" + trainee.id(), null,
                    null, identity, "13912345678", null, "MASTER", "LAW", null, null, null, base.regionCode(), "72",
                    List.of("APP_ENTERPRISE_MANAGER"), null, null, null, null), Talent.Source.MANUAL)).id();
            TestAccounts.as(national, () -> {
                talentAccounts.link(talentId, trainee.username());
                return null;
            });
            enrollmentIds.add(TestAccounts.as(national, () -> enrolling.assign(classId, talentId)).enrollmentId());
            trainees.add(trainee);
            talentIds.add(talentId);
            marks.add(new AttendanceMark(talentId, true, null));
        }
        TestAccounts.as(base.manager(), () -> attendance.record(classId, sessionId, marks));
        return new Closed(classId, base, trainees, talentIds, enrollmentIds);
    }

    private long level() {
        if (levelId == null) {
            var program = TestAccounts.as(national, () -> programs.create(TestAccounts.uniqueName("专利实务"),
                    "APPLICATION", null, "企业专利实务"));
            levelId = TestAccounts.as(national, () -> programs.level(program.getId(), Level.FOUNDATION, "掌握专利检索",
                    BigDecimal.valueOf(3))).getId();
        }
        return levelId;
    }

    private static String province(String regionCode) {
        return regionCode.substring(0, 2) + "0000";
    }
}
