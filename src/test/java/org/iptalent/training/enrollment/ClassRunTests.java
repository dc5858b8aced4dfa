package org.iptalent.training.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.certificate.Certificates;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.iptalent.training.offering.ClassMode;
import org.iptalent.training.offering.ClassPlan;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.program.Level;
import org.iptalent.training.program.ProgramCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A class run from start to end as its base manager and trainees live it: places and the waiting list, the
 * prerequisite, a second enrollment, attendance only for trainees, completion by the rule, hours and certificates.
 */
@PlatformTest
class ClassRunTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    org.iptalent.training.base.TrainingBaseRecords baseRecords;
    @Autowired
    TalentRecords talents;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    ProgramCatalogue programs;
    @Autowired
    ClassPlanning planning;
    @Autowired
    Enrolling enrolling;
    @Autowired
    AttendanceBook attendance;
    @Autowired
    ClassCompletion completion;
    @Autowired
    TrainingHistory history;
    @Autowired
    Certificates certificates;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    jakarta.persistence.EntityManager entities;

    UserSummary national;
    UserSummary manager;
    UserSummary[] trainees = new UserSummary[3];
    long[] talentIds = new long[3];
    long baseId;
    long foundation;
    long intermediate;

    @BeforeEach
    void setUp() {
        national = accounts.active("run.nat", Role.NATIONAL_ADMIN, null);
        manager = accounts.active("run.base", Role.TRAINING_BASE_MANAGER, "320000");
        long host = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("南京培训中心"), "UNIVERSITY", TestIdentities.creditCode(), "320100", null))).id();
        baseId = TestAccounts.as(national, () -> baseRecords.create(new org.iptalent.training.base.BaseInput(
                TestAccounts.uniqueName("江苏基地"), "LOCAL", "320100", host, LocalDate.of(2022, 5, 1), "批准",
                List.of("APPLICATION"), List.<String>of(), "南京市", null, null, null, false)).id());
        String managerName = manager.username();
        TestAccounts.as(national, () -> {
            baseRecords.addManager(baseId, managerName);
            return null;
        });
        for (int i = 0; i < 3; i++) {
            trainees[i] = accounts.active("run.talent" + i, Role.TALENT, "320000");
            String identity = TestIdentities.identity("320102", i % 2 == 0);
            String name = List.of("李明", "王芳", "张伟").get(i);
            long id = TestAccounts.as(national, () -> talents.create(new TalentInput(name, null, null, identity,
                    "13912345678", null, "MASTER", "LAW", null, null, null, "320100", "72",
                    List.of("APP_ENTERPRISE_MANAGER"), null, null, null, null), Talent.Source.MANUAL)).id();
            talentIds[i] = id;
            String username = trainees[i].username();
            TestAccounts.as(national, () -> {
                talentAccounts.link(id, username);
                return null;
            });
        }
        var program = TestAccounts.as(national, () -> programs.create(TestAccounts.uniqueName("专利运营"),
                "APPLICATION", null, "企业知识产权运营"));
        foundation = TestAccounts.as(national, () -> programs.level(program.getId(), Level.FOUNDATION, "了解专利运营",
                BigDecimal.valueOf(16))).getId();
        intermediate = TestAccounts.as(national, () -> programs.level(program.getId(), Level.INTERMEDIATE,
                "能开展专利许可谈判", BigDecimal.valueOf(24))).getId();
    }

    long newClass(long levelId, int capacity) {
        LocalDate today = LocalDate.now();
        long id = TestAccounts.as(manager, () -> planning.create(levelId, baseId, new ClassPlan("专利运营实务班",
                ClassMode.IN_PERSON, Filling.ENROLLMENT, today, today.plusDays(2), "南京", capacity, "陈老师",
                "企业知识产权管理人员", today.minusDays(5), today, 80, BigDecimal.valueOf(60)))).getId();
        TestAccounts.as(manager, () -> planning.addSession(id, today.atTime(9, 0), today.atTime(12, 0),
                BigDecimal.valueOf(3), "专利许可", "陈老师"));
        TestAccounts.as(manager, () -> planning.addSession(id, today.plusDays(1).atTime(9, 0),
                today.plusDays(1).atTime(12, 0), BigDecimal.valueOf(3), "专利评估", null));
        return id;
    }

    @Test
    void aFullClassQueuesTheNextAndAFreedPlaceGoesToTheFirstWhoWaits() {
        long classId = newClass(foundation, 1);
        Placement first = TestAccounts.as(trainees[0], () -> enrolling.enrolSelf(classId));
        Placement second = TestAccounts.as(trainees[1], () -> enrolling.enrolSelf(classId));
        Placement third = TestAccounts.as(trainees[2], () -> enrolling.enrolSelf(classId));
        assertThat(first.status()).isEqualTo(Enrollment.Status.ENROLLED);
        assertThat(second.status()).isEqualTo(Enrollment.Status.WAITLISTED);
        assertThat(second.waitingPosition()).isEqualTo(1);
        assertThat(third.waitingPosition()).isEqualTo(2);

        assertThatThrownBy(() -> TestAccounts.as(trainees[0], () -> enrolling.enrolSelf(classId)))
                .isInstanceOf(ConflictException.class).hasMessage("training.enrollment.duplicate");

        TestAccounts.as(trainees[0], () -> {
            enrolling.withdraw(first.enrollmentId());
            return null;
        });
        assertThat(jdbc.queryForObject("select status from enrollment where id = ?", String.class,
                second.enrollmentId())).isEqualTo("ENROLLED");
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = ?",
                Long.class, trainees[1].id(), "notice.training.promoted")).isEqualTo(1);
    }

    @Test
    void theNextLevelNeedsTheOneBelowAndTheWindowMustBeOpen() {
        long advancedClass = newClass(intermediate, 10);
        assertThatThrownBy(() -> TestAccounts.as(trainees[0], () -> enrolling.enrolSelf(advancedClass)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("training.enrollment.prerequisiteMissing");
        assertThat(jdbc.queryForObject("select count(*) from enrollment where class_id = ?", Long.class, advancedClass))
                .isZero();
    }

    @Test
    void attendanceOnlyForTraineesAndClosingDecidesCompletionHoursAndCertificates() {
        long classId = newClass(foundation, 10);
        for (int i = 0; i < 3; i++) {
            UserSummary trainee = trainees[i];
            TestAccounts.as(trainee, () -> enrolling.enrolSelf(classId));
        }
        List<Long> sessions = TestAccounts.as(manager, () -> transactions.execute(s -> planning.get(classId)
                .getSessions().stream().map(x -> x.getId()).toList()));
        long outsider = talentIds[0] + 1_000_000;
        assertThatThrownBy(() -> TestAccounts.as(manager, () -> attendance.record(classId, sessions.get(0),
                List.of(new AttendanceMark(talentIds[0], true, null), new AttendanceMark(outsider, true, null)))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from attendance a join class_session s on s.id = a.session_id "
                + "where s.class_id = ?", Long.class, classId)).as("nothing half-written").isZero();

        for (long session : sessions) {
            TestAccounts.as(manager, () -> attendance.record(classId, session, List.of(
                    new AttendanceMark(talentIds[0], true, null), new AttendanceMark(talentIds[1], true, null),
                    new AttendanceMark(talentIds[2], session == sessions.get(0), null))));
        }
        TestAccounts.as(manager, () -> {
            attendance.score(classId, Map.of(talentIds[0], BigDecimal.valueOf(88), talentIds[1],
                    BigDecimal.valueOf(45), talentIds[2], BigDecimal.valueOf(90)));
            return null;
        });
        ClassCompletion.Outcome outcome = TestAccounts.as(manager, () -> completion.close(classId));
        assertThat(outcome.completed()).isEqualTo(1);
        assertThat(outcome.notCompleted()).isEqualTo(2);
        assertThat(outcome.certificates()).isEqualTo(1);

        var mine = TestAccounts.as(trainees[0], () -> history.mine());
        assertThat(mine.hoursByYear()).singleElement().satisfies(y -> {
            assertThat(y.year()).isEqualTo(LocalDate.now().plusDays(2).getYear());
            assertThat(y.hours()).isEqualByComparingTo("6");
        });
        assertThat(TestAccounts.as(trainees[0], () -> certificates.ofTalent(talentIds[0]))).singleElement()
                .satisfies(c -> assertThat(c.achievement()).contains("专利运营实务班", "6"));
        assertThat(TestAccounts.as(trainees[1], () -> certificates.ofTalent(talentIds[1]))).isEmpty();
        assertThatThrownBy(() -> TestAccounts.as(manager, () -> attendance.record(classId, sessions.get(0),
                List.of(new AttendanceMark(talentIds[0], false, null)))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("training.class.notPlanned");
    }

    @Test
    void nobodyButItsRunnersChangesAClass() {
        long classId = newClass(foundation, 10);
        UserSummary otherManager = accounts.active("run.other", Role.TRAINING_BASE_MANAGER, "320000");
        assertThatThrownBy(() -> TestAccounts.as(otherManager, () -> planning.run(classId)))
                .isInstanceOf(org.iptalent.shared.RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(trainees[0], () -> attendance.sheet(classId, 0)))
                .isInstanceOf(org.iptalent.shared.RecordNotFoundException.class);
    }

    @Test
    void raisingTheCapacitySeatsThoseWhoWaitAndItCannotDropBelowThePlacesHeld() {
        long classId = newClass(foundation, 1);
        TestAccounts.as(trainees[0], () -> enrolling.enrolSelf(classId));
        Placement waiting = TestAccounts.as(trainees[1], () -> enrolling.enrolSelf(classId));
        assertThat(waiting.status()).isEqualTo(Enrollment.Status.WAITLISTED);
        LocalDate today = LocalDate.now();
        long version = TestAccounts.as(manager, () -> planning.run(classId)).getVersion();
        TestAccounts.as(manager, () -> planning.update(classId, version, new ClassPlan("专利运营实务班",
                ClassMode.IN_PERSON, Filling.ENROLLMENT, today, today.plusDays(2), "南京", 2, "陈老师", null,
                today.minusDays(5), today, 80, BigDecimal.valueOf(60))));
        assertThat(jdbc.queryForObject("select status from enrollment where id = ?", String.class,
                waiting.enrollmentId())).isEqualTo("ENROLLED");

        long again = TestAccounts.as(manager, () -> planning.run(classId)).getVersion();
        assertThatThrownBy(() -> TestAccounts.as(manager, () -> planning.update(classId, again, new ClassPlan(
                "专利运营实务班", ClassMode.IN_PERSON, Filling.ENROLLMENT, today, today.plusDays(2), "南京", 1, null,
                null, today.minusDays(5), today, 80, null)))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.messageKey())
                        .containsExactly("training.class.capacityBelowHeld"));
    }

    @Test
    void aSessionWithAttendanceStaysAndANominatedClassTakesNoAssignment() {
        long classId = newClass(foundation, 10);
        TestAccounts.as(trainees[0], () -> enrolling.enrolSelf(classId));
        long session = TestAccounts.as(manager, () -> transactions.execute(s -> planning.get(classId).getSessions()
                .get(0).getId()));
        TestAccounts.as(manager, () -> attendance.record(classId, session,
                List.of(new AttendanceMark(talentIds[0], true, null))));
        assertThatThrownBy(() -> TestAccounts.as(manager, () -> {
            planning.removeSession(classId, session);
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessage("training.session.hasAttendance");

        LocalDate today = LocalDate.now();
        long nominated = TestAccounts.as(manager, () -> planning.create(foundation, baseId, new ClassPlan("WIPO 班",
                ClassMode.IN_PERSON, Filling.NOMINATION, today.plusDays(10), today.plusDays(12), "日内瓦", 5, null,
                null, today, today.plusDays(5), 80, null))).getId();
        assertThatThrownBy(() -> TestAccounts.as(national, () -> enrolling.assign(nominated, talentIds[1])))
                .isInstanceOf(BusinessRuleException.class).hasMessage("training.enrollment.filledOtherwise");
    }

    @Test
    void theSheetComesInPagesAndASavedPageMarksOnlyTheTraineesItShowed() {
        long classId = newClass(foundation, 60);
        java.util.List<Long> everyone = new java.util.ArrayList<>(List.of(talentIds[0], talentIds[1], talentIds[2]));
        for (int i = 0; i < 50; i++) {
            String identity = TestIdentities.identity("320102", i % 2 == 0);
            everyone.add(TestAccounts.as(national, () -> talents.create(new TalentInput("学员" + identity.substring(14),
                    null, null, identity, "13912345678", null, "MASTER", "LAW", null, null, null, "320100", "72",
                    List.of("APP_ENTERPRISE_MANAGER"), null, null, null, null), Talent.Source.MANUAL)).id());
        }
        for (long talent : everyone) {
            TestAccounts.as(national, () -> enrolling.assign(classId, talent));
        }
        AttendanceBook.Sheet first = TestAccounts.as(manager, () -> attendance.sheet(classId, 0));
        assertThat(first.trainees().getContent()).hasSize(AttendanceBook.SHEET_PAGE);
        assertThat(first.trainees().getTotalElements()).isEqualTo(53);
        // a page beyond the last shows the last
        AttendanceBook.Sheet last = TestAccounts.as(manager, () -> attendance.sheet(classId, 9));
        assertThat(last.trainees().getNumber()).isEqualTo(1);
        assertThat(last.trainees().getContent()).extracting(Enrollment::getTalentId)
                .containsExactlyElementsOf(everyone.subList(50, 53));

        // the page as shown, less one who withdrew since and one of another class, is what a save marks
        long session = first.sessions().get(0).getId();
        long gone = last.trainees().getContent().get(0).getId();
        TestAccounts.as(national, () -> {
            enrolling.withdraw(gone);
            return null;
        });
        long otherClass = newClass(foundation, 5);
        long stranger = TestAccounts.as(national, () -> enrolling.assign(otherClass, talentIds[0])).enrollmentId();
        List<Long> shown = new java.util.ArrayList<>(last.trainees().getContent().stream().map(Enrollment::getId).toList());
        shown.add(stranger);
        AttendanceBook.Sheet rows = TestAccounts.as(manager, () -> attendance.rows(classId, shown));
        assertThat(rows.trainees().getContent()).extracting(Enrollment::getTalentId)
                .containsExactlyElementsOf(everyone.subList(51, 53));
        TestAccounts.as(manager, () -> attendance.record(classId, session, rows.trainees().getContent().stream()
                .map(e -> new AttendanceMark(e.getTalentId(), true, null)).toList()));
        assertThat(TestAccounts.as(manager, () -> attendance.sheet(classId, 1)).hours()).hasSize(2);
        assertThat(TestAccounts.as(manager, () -> attendance.sheet(classId, 0)).hours()).isEmpty();
    }

    @Test
    void marksThatWaitWhileTheClassClosesAreToldItClosedNotThatSomeoneElseChangedIt() throws Exception {
        long classId = newClass(foundation, 10);
        TestAccounts.as(trainees[0], () -> enrolling.enrolSelf(classId));
        long session = TestAccounts.as(manager, () -> transactions.execute(s -> planning.get(classId).getSessions()
                .get(0).getId()));
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // the manager closes the class and holds its transaction open; the marks come meanwhile and wait
            var closing = pool.submit(() -> TestAccounts.as(manager, () -> transactions.execute(s -> {
                completion.close(classId);
                closed.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            })));
            closed.await();
            var marking = pool.submit(() -> {
                try {
                    TestAccounts.as(manager, () -> attendance.record(classId, session,
                            List.of(new AttendanceMark(talentIds[0], true, null))));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Thread.sleep(500);
            release.countDown();
            closing.get();
            assertThat(marking.get(30, java.util.concurrent.TimeUnit.SECONDS))
                    .isInstanceOf(BusinessRuleException.class).hasMessage("training.class.notPlanned");
        } finally {
            pool.shutdownNow();
        }
    }
}
