package org.iptalent.training.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditRecord;
import org.iptalent.audit.web.AuditTexts;
import org.iptalent.certificate.CertificateIssue;
import org.iptalent.certificate.CertificateView;
import org.iptalent.certificate.Certificates;
import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.internal.TalentMerge;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.enrollment.TrainingHistory;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.rotation.RotationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person registered twice, trained, certified and given an account on the record that is merged away: after the
 * merge the record that stays shows their classes and hours, certificates and account; where both records were in
 * one class the one further along is the survivor's, and the merge's entry says what moved.
 */
@PlatformTest
class TalentMergeTrainingTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TalentMerge merge;
    @Autowired
    TrainingHistory history;
    @Autowired
    Certificates certificates;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditTexts auditTexts;
    @Autowired
    JdbcTemplate jdbc;

    RotationFixtures fixtures;
    UserSummary national;
    long survivor;
    long duplicate;
    long level;
    long baseId;

    @BeforeEach
    void setUp() {
        fixtures = new RotationFixtures(context);
        national = accounts.active("merge.nat", Role.NATIONAL_ADMIN, null);
        String marker = Long.toString(System.nanoTime(), 36);
        survivor = fixtures.talent(national, "林晓" + marker, "440100", "PROT_ADMIN_ADJUDICATION", "裁决员");
        duplicate = fixtures.talent(national, "林晓" + marker, "440100", "PROT_ADMIN_ADJUDICATION", "裁决员");
        // a registry holds other people too: an exchange of two records' places in a class passes through one's
        fixtures.talent(national, "周宁" + marker, "440100", "PROT_ADMIN_ADJUDICATION", "裁决员");
        level = fixtures.level("行政裁决实务");
        baseId = fixtures.base(national, "广东行政裁决基地", "LOCAL", "440100");
    }

    long newClass(String title) {
        LocalDate start = LocalDate.now().plusDays(5);
        return fixtures.newClass(national, level, baseId, title, Filling.ENROLLMENT, 30, start, start.plusDays(2));
    }

    long enrol(long classId, long talentId, Enrollment.Status status) {
        Timestamp now = Timestamp.from(Instant.now());
        boolean completed = status == Enrollment.Status.COMPLETED;
        return jdbc.queryForObject("""
                insert into enrollment (class_id, talent_id, status, source, region_code, queued_at, attended_hours,
                                        credited_hours, completed_on, created_at, updated_at)
                values (?, ?, ?, 'ASSIGNED', '440100', ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, classId, talentId, status.name(), now, completed ? 16 : 0, completed ? 16 : null,
                completed ? Date.valueOf(LocalDate.now()) : null, now, now);
    }

    void merge() {
        TestAccounts.as(national, () -> {
            merge.merge(survivor, duplicate);
            return null;
        });
    }

    String mergeEntry(long talentId) {
        AuditRecord entry = audit.history("Talent", String.valueOf(talentId)).get(0);
        return auditTexts.render(entry.message(), Locale.ENGLISH);
    }

    @Test
    void theSurvivorShowsTheDuplicatesClassesCertificatesAndAccountAndKeepsTheFurtherAlongEnrollment() {
        long onlyDuplicate = newClass("行政裁决实务一班");
        long bothDuplicateFurther = newClass("行政裁决实务二班");
        long bothSurvivorFurther = newClass("行政裁决实务三班");
        long completedOnDuplicate = enrol(onlyDuplicate, duplicate, Enrollment.Status.COMPLETED);
        long notCompletedOnSurvivor = enrol(bothDuplicateFurther, survivor, Enrollment.Status.NOT_COMPLETED);
        long completedOnDuplicateToo = enrol(bothDuplicateFurther, duplicate, Enrollment.Status.COMPLETED);
        long placeOnSurvivor = enrol(bothSurvivorFurther, survivor, Enrollment.Status.ENROLLED);
        long waitingOnDuplicate = enrol(bothSurvivorFurther, duplicate, Enrollment.Status.WAITLISTED);

        var certificate = certificates.issue(new CertificateIssue("TRAINING_COMPLETION", duplicate, "林晓",
                "完成“行政裁决实务”培训，计 16 学时", "广东行政裁决基地", LocalDate.now(), "440100",
                "TRAINING_CLASS", completedOnDuplicate));
        Timestamp now = Timestamp.from(Instant.now());
        long external = jdbc.queryForObject("""
                insert into external_certificate (talent_id, holder_name_cipher, region_code, title, issuer, issued_on,
                                                  file_name, media_type, file_size, review, created_at, updated_at)
                values (?, 'v1:unused', '440100', '专利代理师资格证', '国家知识产权局', ?, 'zheng.pdf',
                        'application/pdf', 1, 'VERIFIED', ?, ?) returning id
                """, Long.class, duplicate, Date.valueOf(LocalDate.of(2020, 6, 1)), now, now);
        long campaign = jdbc.queryForObject("""
                insert into rotation_campaign (name, region_code, cycle_start, cycle_end, cohort_filter, launched_at,
                                               members_at, created_at, updated_at)
                values ('行政裁决轮训', '440000', ?, ?, '{}'::jsonb, ?, ?, ?, ?) returning id
                """, Long.class, Date.valueOf(LocalDate.now().minusDays(60)), Date.valueOf(LocalDate.now().plusDays(60)),
                now, now, now, now);
        jdbc.update("insert into rotation_member (campaign_id, talent_id, region_code, added_at) values (?, ?, '440100', ?)",
                campaign, duplicate, now);
        // both were asked about the class where the duplicate's enrollment got further: the invitations follow
        // their enrollments, so the survivor has the duplicate's answered one and the duplicate the survivor's
        long survey = jdbc.queryForObject("""
                insert into training_survey (class_id, kind, base_id, region_code, year, questionnaire_revision,
                                             opens_on, closes_on, invited, created_at)
                values (?, 'SATISFACTION', ?, '440100', 2026, 1, ?, ?, 2, ?) returning id
                """, Long.class, bothDuplicateFurther, baseId, Date.valueOf(LocalDate.now()),
                Date.valueOf(LocalDate.now().plusDays(14)), now);
        String invite = "insert into training_survey_invitation (survey_id, enrollment_id, talent_id, responded_at) "
                + "values (?, ?, ?, ?) returning id";
        long unanswered = jdbc.queryForObject(invite, Long.class, survey, notCompletedOnSurvivor, survivor, null);
        long answered = jdbc.queryForObject(invite, Long.class, survey, completedOnDuplicateToo, duplicate, now);
        // where the survivor's enrollment stays, the duplicate's invitation stays with the duplicate's enrollment,
        // answered or not: an invitation never names one record while its enrollment is the other's
        long keptSurvey = jdbc.queryForObject("""
                insert into training_survey (class_id, kind, base_id, region_code, year, questionnaire_revision,
                                             opens_on, closes_on, invited, created_at)
                values (?, 'SATISFACTION', ?, '440100', 2026, 1, ?, ?, 2, ?) returning id
                """, Long.class, bothSurvivorFurther, baseId, Date.valueOf(LocalDate.now()),
                Date.valueOf(LocalDate.now().plusDays(14)), now);
        long survivorsOwn = jdbc.queryForObject(invite, Long.class, keptSurvey, placeOnSurvivor, survivor, null);
        long answeredByDuplicate = jdbc.queryForObject(invite, Long.class, keptSurvey, waitingOnDuplicate, duplicate,
                now);
        UserSummary account = accounts.active("merge.talent", Role.TALENT, "440100");
        TestAccounts.as(national, () -> {
            talentAccounts.link(duplicate, account.username());
            return null;
        });

        merge();

        TrainingHistory.TalentTraining training = TestAccounts.as(national, () -> history.of(survivor));
        Map<Long, TrainingHistory.Entry> byClass = training.entries().stream()
                .collect(Collectors.toMap(TrainingHistory.Entry::classId, entry -> entry));
        assertThat(byClass.keySet()).containsExactlyInAnyOrder(onlyDuplicate, bothDuplicateFurther,
                bothSurvivorFurther);
        assertThat(byClass.get(onlyDuplicate).enrollmentId()).isEqualTo(completedOnDuplicate);
        // both records were in these classes: the further along is the survivor's, the other stays on the duplicate
        assertThat(byClass.get(bothDuplicateFurther).enrollmentId()).isEqualTo(completedOnDuplicateToo);
        assertThat(byClass.get(bothDuplicateFurther).status()).isEqualTo(Enrollment.Status.COMPLETED);
        assertThat(byClass.get(bothSurvivorFurther).enrollmentId()).isEqualTo(placeOnSurvivor);
        assertThat(training.totalHours()).isEqualByComparingTo(BigDecimal.valueOf(32));
        assertThat(jdbc.queryForList("select id from enrollment where talent_id = ?", Long.class, duplicate))
                .containsExactlyInAnyOrder(notCompletedOnSurvivor, waitingOnDuplicate);

        List<CertificateView> held = TestAccounts.as(national, () -> certificates.ofTalent(survivor));
        assertThat(held).extracting(CertificateView::id).containsExactlyInAnyOrder(certificate.id(), external);
        assertThat(TestAccounts.as(national, () -> certificates.ofTalent(duplicate))).isEmpty();
        assertThat(talentAccounts.talentOf(account.id())).contains(survivor);
        assertThat(talentAccounts.accountOf(duplicate)).isEmpty();
        assertThat(jdbc.queryForList("select talent_id from rotation_member where campaign_id = ?", Long.class,
                campaign)).containsExactly(survivor);
        assertThat(jdbc.queryForObject("select id from training_survey_invitation where survey_id = ? and talent_id = ?",
                Long.class, survey, survivor)).isEqualTo(answered);
        assertThat(jdbc.queryForObject("select talent_id from training_survey_invitation where id = ?", Long.class,
                unanswered)).isEqualTo(duplicate);
        assertThat(jdbc.queryForMap("select talent_id, enrollment_id from training_survey_invitation where id = ?",
                answeredByDuplicate)).containsEntry("talent_id", duplicate).containsEntry("enrollment_id",
                waitingOnDuplicate);
        assertThat(jdbc.queryForObject("select talent_id from training_survey_invitation where id = ?", Long.class,
                survivorsOwn)).isEqualTo(survivor);
        // the signed-in talent reads their training on the record that stays
        assertThat(TestAccounts.as(account, () -> history.mine()).talentId()).isEqualTo(survivor);

        assertThat(mergeEntry(survivor)).contains("merged into this one",
                "its platform account (number " + account.id() + ") moved with it",
                "certificates moved with it: 1 issued here, 1 earned elsewhere",
                "training records moved with it: 2 enrollments, 1 rotation memberships, 0 nominations, "
                        + "1 satisfaction survey invitations, 0 follow-ups",
                "both had in 1 classes, campaigns or surveys, the further-along one is kept");
    }

    @Test
    void whenBothRecordsHaveAnAccountTheSurvivorsStaysAndTheEntrySaysSo() {
        UserSummary kept = accounts.active("merge.kept", Role.TALENT, "440100");
        UserSummary other = accounts.active("merge.other", Role.TALENT, "440100");
        TestAccounts.as(national, () -> {
            talentAccounts.link(survivor, kept.username());
            talentAccounts.link(duplicate, other.username());
            return null;
        });

        merge();

        assertThat(talentAccounts.accountOf(survivor)).contains(kept.id());
        assertThat(talentAccounts.talentOf(other.id())).contains(duplicate);
        assertThat(mergeEntry(survivor)).contains("both records had a platform account: this record's is kept, "
                + "the duplicate's (number " + other.id() + ") stays linked to the duplicate")
                .doesNotContain("training records", "certificates moved");
    }
}
