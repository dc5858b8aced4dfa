package org.iptalent.expert.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.iptalent.expert.committee.AdvisoryCommittee.Level;
import org.iptalent.expert.committee.CommitteeMember.Role;
import org.iptalent.expert.committee.Committees.CommitteeSummary;
import org.iptalent.expert.committee.Committees.CommitteeView;
import org.iptalent.expert.committee.Committees.NewCommittee;
import org.iptalent.expert.committee.Committees.NewMember;
import org.iptalent.expert.committee.ConsultationOpinion.Position;
import org.iptalent.expert.committee.ConsultationRecords.Draft;
import org.iptalent.expert.committee.ConsultationViews.ConsultationView;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.pool.ExpertRecords.Transition;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.support.Http;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A committee of its own (so no other test's members count): members appointed (the suspended refused, one leaving
 * and kept in the history), a consultation with a document opened to the serving members, who are notified and
 * answer through their talent accounts, each seeing only their own opinion; a non-member, a late answer, an early
 * close and an archive without summary refused; the tally computed; another province's administrator gets a 404.
 */
@PlatformTest
class ConsultationFlowTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Committees committees;
    @Autowired
    ConsultationRecords consultations;
    @Autowired
    ConsultationAnswers answers;
    @Autowired
    ExpertRecords experts;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary national;
    ExpertPool pool;
    String category;
    OrganisationView employer;

    @BeforeEach
    void pool() {
        national = accounts.active("committee.nat", org.iptalent.shared.Role.NATIONAL_ADMIN, null);
        pool = new ExpertPool(context, national);
        category = pool.category("咨询委员会测试", "Committee tests");
        employer = pool.organisation("知识产权研究院", "110000");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aConsultationIsSentAnsweredClosedSummarisedAndArchived() {
        CommitteeSummary committee = as(national, () -> committees.create(new NewCommittee(
                "测试咨询委员会" + System.nanoTime(), Level.NATIONAL, null, LocalDate.now().minusYears(1),
                LocalDate.now().plusYears(3))));
        long chair = pool.expert("王主任", "110000", employer, category);
        long memberA = pool.expert("李委员", "310000", employer, category);
        long memberB = pool.expert("张委员", "440100", employer, category);
        long leaving = pool.expert("赵离任", "320500", employer, category);
        long suspended = pool.expert("钱暂停", "330100", employer, category);
        as(national, () -> committees.appoint(committee.id(), new NewMember(chair, Role.CHAIR, null, null)));
        as(national, () -> committees.appoint(committee.id(), new NewMember(memberA, null, null, null)));
        as(national, () -> committees.appoint(committee.id(), new NewMember(memberB, Role.VICE_CHAIR, null, null)));
        var seat = as(national, () -> committees.appoint(committee.id(), new NewMember(leaving, null, null, null)));
        long version = as(national, () -> experts.get(suspended)).version();
        as(national, () -> experts.change(suspended, version, Transition.SUSPEND, "调查中", null, null));

        assertThatThrownBy(() -> as(national, () -> committees.appoint(committee.id(),
                new NewMember(suspended, null, null, null)))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("expert.committee.member.notAppointed"));
        assertThatThrownBy(() -> as(national, () -> committees.appoint(committee.id(),
                new NewMember(memberA, null, null, null)))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(national, () -> committees.appoint(committee.id(),
                new NewMember(leaving, Role.CHAIR, null, null)))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> as(national, () -> committees.appoint(committee.id(), new NewMember(suspended,
                null, LocalDate.now(), LocalDate.now().plusYears(10))))).isInstanceOf(BusinessRuleException.class);
        as(national, () -> {
            committees.leave(committee.id(), seat.id(), "工作调动");
            return null;
        });
        CommitteeView view = as(national, () -> committees.get(committee.id()));
        assertThat(view.committee().currentMembers()).isEqualTo(3);
        assertThat(view.members()).hasSize(4).anySatisfy(m -> {
            assertThat(m.expertId()).isEqualTo(leaving);
            assertThat(m.leftOn()).isEqualTo(LocalDate.now());
            assertThat(m.leftReason()).isEqualTo("工作调动");
        });

        UserSummary a = talentAccount(memberA);
        UserSummary b = talentAccount(memberB);
        UserSummary former = talentAccount(leaving);
        UserSummary outsider = accounts.active("committee.outsider", org.iptalent.shared.Role.TALENT, "320500");

        ConsultationView draft = as(national, () -> consultations.create(committee.id(), new Draft(
                "关于《专利审查指南》修订的咨询", "请就修订草案第二部分提出意见。",
                Instant.now().plus(Duration.ofHours(2)))));
        assertThat(draft.state()).isEqualTo(Consultation.State.DRAFT);
        as(national, () -> consultations.attach(draft.id(), new MockMultipartFile("file", "修订草案.pdf",
                "application/pdf", "%PDF-1.4 修订草案".getBytes(StandardCharsets.UTF_8))));
        assertThatThrownBy(() -> as(national, () -> consultations.attach(draft.id(), new MockMultipartFile("file",
                "x.html", "text/html", "<html>".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(BusinessRuleException.class);

        ConsultationView open = as(national, () -> consultations.open(draft.id()));
        assertThat(open.state()).isEqualTo(Consultation.State.OPEN);
        assertThat(open.documents()).singleElement().satisfies(d -> assertThat(d.name()).endsWith(".pdf"));
        assertThat(open.opinions()).extracting(ConsultationViews.OpinionView::expertId)
                .containsExactlyInAnyOrder(chair, memberA, memberB);
        assertThat(notices(a, draft.id())).isEqualTo(1);
        assertThat(notices(b, draft.id())).isEqualTo(1);
        assertThat(notices(former, draft.id())).isZero();
        assertThatThrownBy(() -> as(national, () -> consultations.revise(draft.id(), new Draft("改", "改",
                Instant.now().plus(Duration.ofHours(3)))))).isInstanceOf(BusinessRuleException.class);

        // a member answers, changes the answer, and sees only their own opinion; the document is theirs to read
        as(a, () -> answers.answer(draft.id(), Position.AGREE, "同意", null));
        ConsultationView mine = as(a, () -> answers.answer(draft.id(), Position.AGREE_WITH_CHANGES,
                "建议修改第三章", new MockMultipartFile("file", "意见.pdf", "application/pdf",
                        "%PDF-1.4 意见".getBytes(StandardCharsets.UTF_8))));
        assertThat(mine.opinions()).singleElement().satisfies(o -> {
            assertThat(o.expertId()).isEqualTo(memberA);
            assertThat(o.position()).isEqualTo(Position.AGREE_WITH_CHANGES);
            assertThat(o.file()).isNotNull();
        });
        assertThat(mine.tally()).isNull();
        assertThat(as(b, () -> answers.get(draft.id())).opinions()).singleElement()
                .satisfies(o -> assertThat(o.answered()).isFalse());
        assertThat(as(a, () -> answers.document(draft.id(), open.documents().get(0).id())).content()).isNotEmpty();
        assertThat(as(a, () -> answers.mine())).extracting(ConsultationViews.ConsultationSummary::id)
                .contains(draft.id());

        // who is not a member of it learns nothing: not the outsider, not the member who left before it opened
        assertThatThrownBy(() -> as(outsider, () -> answers.answer(draft.id(), Position.AGREE, null, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(former, () -> answers.get(draft.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> answers.document(draft.id(), open.documents().get(0).id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(a, () -> answers.answer(draft.id(), null, "无立场", null)))
                .isInstanceOf(BusinessRuleException.class);

        // the administration sees who answered, reminds the others (only b has an account), cannot close early
        assertThatThrownBy(() -> as(national, () -> consultations.close(draft.id())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("expert.consultation.beforeDeadline"));
        assertThat(as(national, () -> consultations.remind(draft.id()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and message_key = "
                + "'expert.consultation.notice.reminder'", Long.class, b.id())).isEqualTo(1);

        clock.advance(Duration.ofHours(3));
        assertThatThrownBy(() -> as(b, () -> answers.answer(draft.id(), Position.DISAGREE, "晚了", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("expert.consultation.afterDeadline"));
        as(national, () -> consultations.close(draft.id()));
        assertThatThrownBy(() -> as(national, () -> consultations.archive(draft.id())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("expert.consultation.summaryRequired"));
        as(national, () -> consultations.summarise(draft.id(), "多数委员建议修改后通过。"));
        ConsultationView archived = as(national, () -> consultations.archive(draft.id()));
        assertThat(archived.state()).isEqualTo(Consultation.State.ARCHIVED);
        assertThat(archived.tally().byPosition()).containsEntry(Position.AGREE_WITH_CHANGES, 1L)
                .containsEntry(Position.AGREE, 0L).containsEntry(Position.DISAGREE, 0L);
        assertThat(archived.tally().answered()).isEqualTo(1);
        assertThat(archived.tally().unanswered()).isEqualTo(2);
        assertThatThrownBy(() -> as(national, () -> consultations.summarise(draft.id(), "改写")))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(as(national, () -> consultations.list(committee.id()))).singleElement()
                .satisfies(c -> assertThat(c.summary()).isEqualTo("多数委员建议修改后通过。"));
        // once archived the member reads the summary and the tally
        assertThat(as(a, () -> answers.get(draft.id())).summary()).isEqualTo("多数委员建议修改后通过。");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Consultation' "
                + "and entity_id = ?", Long.class, String.valueOf(draft.id()))).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aProvincialCommitteeIsItsProvincesAloneAndTheApiIsScoped() {
        UserSummary guangdong = accounts.active("committee.gd", org.iptalent.shared.Role.PROVINCIAL_ADMIN, "440000");
        UserSummary jiangsu = accounts.active("committee.js", org.iptalent.shared.Role.PROVINCIAL_ADMIN, "320000");
        CommitteeSummary committee = as(guangdong, () -> committees.create(new NewCommittee(
                "广东省知识产权专家咨询委员会" + System.nanoTime(), Level.PROVINCIAL, "440000",
                LocalDate.now().minusMonths(1), LocalDate.now().plusYears(2))));
        long local = pool.expert("广东专家", "440300", employer, category);
        long elsewhere = pool.expert("江苏专家", "320500", employer, category);
        as(guangdong, () -> committees.appoint(committee.id(), new NewMember(local, null, null, null)));
        assertThatThrownBy(() -> as(national, () -> committees.appoint(committee.id(),
                new NewMember(elsewhere, null, null, null)))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("expert.committee.member.otherProvince"));
        assertThatThrownBy(() -> as(guangdong, () -> committees.create(new NewCommittee("越权" + System.nanoTime(),
                Level.NATIONAL, null, LocalDate.now(), LocalDate.now().plusYears(1)))))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> as(jiangsu, () -> committees.get(committee.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(as(jiangsu, () -> committees.list())).extracting(CommitteeSummary::id)
                .doesNotContain(committee.id());
        assertThat(as(guangdong, () -> committees.list())).extracting(CommitteeSummary::level)
                .doesNotContain(Level.NATIONAL);
        ConsultationView draft = as(guangdong, () -> consultations.create(committee.id(), new Draft("省级咨询",
                "问题", Instant.now().plus(Duration.ofDays(1)))));
        assertThatThrownBy(() -> as(jiangsu, () -> consultations.get(draft.id())))
                .isInstanceOf(RecordNotFoundException.class);

        Http http = new Http(port);
        String gd = "Bearer " + tokens.issue(guangdong.id(), "test").token();
        String js = "Bearer " + tokens.issue(jiangsu.id(), "test").token();
        assertThat(http.get("/api/v1/advisory-committees/" + committee.id(), "Authorization", gd).json()
                .get("members")).hasSize(1);
        assertThat(http.get("/api/v1/advisory-committees/" + committee.id(), "Authorization", js).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/consultations/" + draft.id(), "Authorization", js).status()).isEqualTo(404);
        Http.Response opened = http.postJson("/api/v1/consultations/" + draft.id() + "/open", Map.of(),
                "Authorization", gd);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.json().get("state").asText()).isEqualTo("OPEN");
        Http.Response early = http.postJson("/api/v1/consultations/" + draft.id() + "/close", Map.of(),
                "Authorization", gd, "Accept-Language", "zh-CN");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("截止时间未到");
        Http.Response bad = http.postJson("/api/v1/advisory-committees/" + committee.id() + "/consultations",
                Map.of("title", "", "question", "x".repeat(5000)), "Authorization", gd);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("title", "question", "deadline");
        assertThat(http.get("/api/v1/advisory-committees", "Authorization", gd).body()).contains(committee.name())
                .doesNotContain("国家知识产权专家咨询委员会");
    }

    private long notices(UserSummary user, long consultationId) {
        return jdbc.queryForObject("select count(*) from notification where recipient_id = ? and topic = "
                + "'expertConsultation' and link = ?", Long.class, user.id(),
                "/experts/committees/consultations/" + consultationId + "/answer");
    }

    private UserSummary talentAccount(long expertId) {
        UserSummary user = accounts.active("committee.member", org.iptalent.shared.Role.TALENT, "110000");
        long talentId = as(national, () -> experts.get(expertId)).talentId();
        as(national, () -> {
            talentAccounts.link(talentId, user.username());
            return null;
        });
        return user;
    }

    private static <T> T as(UserSummary user, java.util.function.Supplier<T> work) {
        return TestAccounts.as(user, work);
    }
}
