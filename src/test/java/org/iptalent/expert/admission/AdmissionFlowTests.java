package org.iptalent.expert.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.iptalent.expert.admission.AdmissionApplication.State;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.pool.ExpertRecords.Transition;
import org.iptalent.expert.pool.ExpertView;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.publicnotice.PublicNotices;
import org.iptalent.publicnotice.internal.Objections;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Expert admission from nomination to appointment: first review (the province), re-review (the national office),
 * one public notice for the batch, the appointment once the notice closed; a self-application with evidence; and the
 * refusals (applying twice, a reviewer out of scope or of the wrong level, appointing before the notice closed, an
 * objected entry until its objection is dismissed, a blacklisted expert).
 */
@PlatformTest
class AdmissionFlowTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ExpertAdmissions admissions;
    @Autowired
    AdmissionDecisions decisions;
    @Autowired
    ExpertRecords experts;
    @Autowired
    PublicNotices notices;
    @Autowired
    Objections objections;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    UserSummary national;
    UserSummary jiangsu;
    UserSummary guangdong;
    UserSummary suzhou;
    ExpertPool pool;
    String category;
    OrganisationView employer;

    @BeforeEach
    void data() {
        national = accounts.active("adm.nat", Role.NATIONAL_ADMIN, null);
        jiangsu = accounts.active("adm.js", Role.PROVINCIAL_ADMIN, "320000");
        guangdong = accounts.active("adm.gd", Role.PROVINCIAL_ADMIN, "440000");
        suzhou = accounts.active("adm.sz", Role.CITY_ADMIN, "320500");
        pool = new ExpertPool(context, national);
        category = pool.category("入库测试专家", "Admission test experts");
        employer = pool.organisation("入库测试单位", "320500");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private TalentView talent(String name) {
        return pool.talent(name + System.nanoTime() % 100_000, "320500", employer);
    }

    private AdmissionInput input(Long talentId) {
        return new AdmissionInput(talentId, Set.of(category), Set.of("g06", "H04"), Set.of(Duty.MEDIATOR),
                "从事专利审查十年");
    }

    private AdmissionView reReviewed(TalentView talent) {
        AdmissionView nominated = TestAccounts.as(jiangsu, () -> admissions.submit(input(talent.id()), List.of()));
        TestAccounts.as(jiangsu, () -> decisions.review(nominated.id(), true, "材料齐全，符合条件"));
        return TestAccounts.as(national, () -> decisions.review(nominated.id(), true, "同意入库"));
    }

    private long publish(long... ids) {
        LocalDate today = LocalDate.now(clock);
        return TestAccounts.as(national, () -> decisions.publish(java.util.Arrays.stream(ids).boxed().toList(),
                "拟入库专家公示", null, today, today.plusDays(5)));
    }

    @Test
    void aNominationIsReviewedTwicePublishedAndAppointedOnceTheNoticeClosed() {
        TalentView talent = talent("入库流程");
        AdmissionView nominated = TestAccounts.as(jiangsu, () -> admissions.submit(input(talent.id()), List.of()));
        assertThat(nominated.state()).isEqualTo(State.SUBMITTED);
        assertThat(nominated.ipcClasses()).containsExactlyInAnyOrder("G06", "H04");
        long id = nominated.id();

        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> decisions.review(id, true, "越权")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(suzhou, () -> decisions.review(id, true, "市级")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> decisions.review(id, true, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("expert.admission.opinionRequired"));
        assertThat(TestAccounts.as(jiangsu, () -> decisions.review(id, true, "材料齐全")).state())
                .isEqualTo(State.FIRST_REVIEW_PASSED);
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> decisions.review(id, true, "复审")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccounts.as(national, () -> decisions.publish(List.of(id), "t", null,
                LocalDate.now(clock), LocalDate.now(clock).plusDays(5))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("expert.admission.notReReviewed"));
        assertThat(TestAccounts.as(national, () -> decisions.review(id, true, "同意")).state())
                .isEqualTo(State.RE_REVIEW_PASSED);

        TalentView other = talent("同批公示");
        AdmissionView second = reReviewed(other);
        long noticeId = publish(id, second.id());
        assertThat(TestAccounts.as(national, () -> notices.get(noticeId)).entries())
                .extracting(e -> e.reference()).containsExactly(String.valueOf(id), String.valueOf(second.id()));
        assertThat(TestAccounts.as(jiangsu, () -> admissions.get(id)).state()).isEqualTo(State.IN_NOTICE);

        LocalDate start = LocalDate.now(clock);
        assertThatThrownBy(() -> TestAccounts.as(national, () -> decisions.appoint(id, start, start.plusYears(3))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("expert.admission.noticeOpen"));
        clock.advance(Duration.ofDays(6));
        AdmissionView appointed = TestAccounts.as(national, () -> decisions.appoint(id, start, start.plusYears(3)));
        assertThat(appointed.state()).isEqualTo(State.APPOINTED);
        ExpertView expert = TestAccounts.as(national, () -> experts.get(appointed.expertId()));
        assertThat(expert.talentId()).isEqualTo(talent.id());
        assertThat(expert.categories()).containsExactly(category);
        assertThat(appointed.reviews()).extracting(AdmissionView.Review::stage)
                .containsExactly("SUBMISSION", "FIRST_REVIEW", "RE_REVIEW", "NOTICE", "APPOINTMENT");

        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> admissions.submit(input(talent.id()), List.of())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("expert.admission.alreadyExpert"));
    }

    @Test
    void aTalentAppliesWithEvidenceOnceAtATimeAndMayWithdrawBeforeReview() {
        TalentView talent = talent("自荐专家");
        UserSummary account = accounts.active("adm.talent", Role.TALENT, "320500");
        TestAccounts.as(national, () -> {
            talentAccounts.link(talent.id(), account.username());
            return null;
        });
        assertThatThrownBy(() -> TestAccounts.as(account, () -> admissions.submit(input(null), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("evidence"));
        MockMultipartFile pdf = new MockMultipartFile("evidence", "业绩证明.pdf", "application/pdf", PDF);
        AdmissionView applied = TestAccounts.as(account, () -> admissions.submit(input(null), List.of(pdf)));
        assertThat(applied.kind()).isEqualTo(AdmissionApplication.Kind.SELF_APPLICATION);
        assertThat(applied.talentId()).isEqualTo(talent.id());
        assertThat(applied.evidence()).hasSize(1).first().satisfies(f -> assertThat(f.name()).endsWith(".pdf"));
        assertThat(TestAccounts.as(account, () -> admissions.evidence(applied.id(), applied.evidence().get(0).id()))
                .content()).isEqualTo(PDF);
        assertThat(TestAccounts.as(jiangsu, () -> admissions.get(applied.id())).talentName())
                .isEqualTo(talent.name());
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> admissions.get(applied.id())))
                .isInstanceOf(RecordNotFoundException.class);

        assertThatThrownBy(() -> TestAccounts.as(account, () -> admissions.submit(input(null), List.of(pdf))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("expert.admission.alreadyOpen"));
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> admissions.submit(input(talent.id()), List.of())))
                .isInstanceOf(ConflictException.class);

        assertThat(TestAccounts.as(account, () -> admissions.withdraw(applied.id())).state())
                .isEqualTo(State.WITHDRAWN);
        AdmissionView again = TestAccounts.as(account, () -> admissions.submit(input(null), List.of(pdf)));
        TestAccounts.as(jiangsu, () -> decisions.review(again.id(), false, "证明材料不足"));
        assertThat(jdbc.queryForList("select message_key from notification where recipient_id = ? and topic = ?",
                String.class, account.id(), "expertAdmission")).containsExactly(
                        "expert.admission.notice.firstReview.rejected");
        assertThatThrownBy(() -> TestAccounts.as(account, () -> admissions.withdraw(again.id())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("expert.admission.wrongState"));
        assertThat(TestAccounts.as(account, () -> admissions.mine())).extracting(AdmissionView::state)
                .containsExactly(State.REJECTED, State.WITHDRAWN);
    }

    @Test
    void anObjectedEntryIsNotAppointedUntilItsObjectionIsDismissed() {
        AdmissionView application = reReviewed(talent("被异议"));
        long noticeId = publish(application.id());
        long entryId = TestAccounts.as(national, () -> notices.get(noticeId)).entry(String.valueOf(application.id()))
                .orElseThrow().id();
        objections.raise(noticeId, new Objections.Input(entryId, "举报人", "13800000000", "其业绩材料有虚假"));
        clock.advance(Duration.ofDays(6));
        LocalDate start = LocalDate.now(clock);
        assertThatThrownBy(() -> TestAccounts.as(national, () -> decisions.appoint(application.id(), start,
                start.plusYears(3)))).isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(
                        e.messageKey()).isEqualTo("expert.admission.objected"));
        long objectionId = TestAccounts.as(national, () -> objections.of(noticeId)).get(0).id();
        TestAccounts.as(national, () -> {
            objections.dismiss(noticeId, objectionId, "经核实材料真实");
            return null;
        });
        assertThat(TestAccounts.as(national, () -> decisions.appoint(application.id(), start, start.plusYears(3)))
                .state()).isEqualTo(State.APPOINTED);
    }

    @Test
    void aBlacklistedExpertIsNotAdmittedAndAnInNoticeApplicationMayBeRejected() {
        long expertId = pool.expert("黑名单专家" + System.nanoTime() % 10_000, "320500", employer, category);
        ExpertView expert = TestAccounts.as(national, () -> experts.get(expertId));
        TestAccounts.as(national, () -> experts.change(expertId, expert.version(), Transition.BLACKLIST, "严重失信",
                null, null));
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> admissions.submit(input(expert.talentId()),
                List.of()))).isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("expert.admission.blacklisted"));

        AdmissionView application = reReviewed(talent("公示否决"));
        publish(application.id());
        assertThat(TestAccounts.as(national, () -> decisions.review(application.id(), false, "异议属实")).state())
                .isEqualTo(State.REJECTED);
    }
}
