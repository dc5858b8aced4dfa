package org.iptalent.expert.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.iptalent.expert.committee.AdvisoryCommittee.Level;
import org.iptalent.expert.committee.CommitteeMember.Role;
import org.iptalent.expert.committee.Committees.CommitteeSummary;
import org.iptalent.expert.committee.Committees.NewCommittee;
import org.iptalent.expert.committee.Committees.NewMember;
import org.iptalent.expert.committee.ConsultationOpinion.Position;
import org.iptalent.expert.committee.ConsultationRecords.Draft;
import org.iptalent.expert.committee.ConsultationViews.ConsultationView;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
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
 * What a hostile or hasty user tries: a deadline already past, the same appointment or committee sent twice at once,
 * two chairs at once, the same opinion submitted twice at once; every file read leaves its trace in the audit, and
 * a member's list shows the summary only once the consultation is archived.
 */
@PlatformTest
class ConsultationSafetyTests {

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
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    UserSummary national;
    ExpertPool pool;
    String category;
    OrganisationView employer;

    @BeforeEach
    void pool() {
        national = accounts.active("committee.safety", org.iptalent.shared.Role.NATIONAL_ADMIN, null);
        pool = new ExpertPool(context, national);
        category = pool.category("咨询安全测试", "Committee safety tests");
        employer = pool.organisation("知识产权发展研究中心", "110000");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDeadlineAlreadyPastIsRefusedInWordsWhenDraftingAndRevising() {
        CommitteeSummary committee = committee();
        assertThatThrownBy(() -> as(national, () -> consultations.create(committee.id(), new Draft("过期咨询", "问题",
                Instant.now().minus(Duration.ofHours(1)))))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo("deadline");
                    assertThat(p.messageKey()).isEqualTo("expert.consultation.deadlineInPast");
                }));
        assertThat(jdbc.queryForObject("select count(*) from consultation where committee_id = ?", Long.class,
                committee.id())).isZero();
        ConsultationView draft = as(national, () -> consultations.create(committee.id(), new Draft("咨询", "问题",
                Instant.now().plus(Duration.ofDays(1)))));
        assertThatThrownBy(() -> as(national, () -> consultations.revise(draft.id(), new Draft("咨询", "问题",
                Instant.now().minus(Duration.ofMinutes(1)))))).isInstanceOf(InvalidInputException.class);

        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(national.id(), "test").token();
        Http.Response past = http.postJson("/api/v1/advisory-committees/" + committee.id() + "/consultations",
                Map.of("title", "过期", "question", "问题", "deadline", "2020-01-01T00:00:00Z"),
                "Authorization", token, "Accept-Language", "zh-CN");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("截止时间须晚于当前时间");
    }

    @Test
    void theSameAppointmentOrCommitteeSentTwiceAtOnceIsMadeOnceAndTheOtherToldInWords() throws Exception {
        CommitteeSummary committee = committee();
        long expert = pool.expert("并发委员", "110000", employer, category);
        List<Object> outcomes = twice(() -> as(national, () -> committees.appoint(committee.id(),
                new NewMember(expert, null, null, null))));
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(Committees.MemberView.class::isInstance).hasSize(1);

        long first = pool.expert("主任甲", "110000", employer, category);
        long second = pool.expert("主任乙", "310000", employer, category);
        List<Callable<Object>> chairs = List.of(
                () -> as(national, () -> committees.appoint(committee.id(), new NewMember(first, Role.CHAIR, null,
                        null))),
                () -> as(national, () -> committees.appoint(committee.id(), new NewMember(second, Role.CHAIR, null,
                        null))));
        List<Object> chairOutcomes = all(chairs);
        assertThat(chairOutcomes).filteredOn(org.iptalent.shared.BusinessRuleException.class::isInstance)
                .singleElement().satisfies(e -> assertThat(((org.iptalent.shared.BusinessRuleException) e)
                        .messageKey()).isEqualTo("expert.committee.member.chairTaken"));
        assertThat(jdbc.queryForObject("select count(*) from advisory_committee_member where committee_id = ? and "
                + "role = 'CHAIR' and left_on is null", Long.class, committee.id())).isEqualTo(1);

        String name = "并发委员会" + System.nanoTime();
        List<Object> created = twice(() -> as(national, () -> committees.create(new NewCommittee(name,
                Level.NATIONAL, null, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(2)))));
        assertThat(created).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(created).filteredOn(CommitteeSummary.class::isInstance).hasSize(1);
    }

    @Test
    void everyFileReadIsAuditedAndAnOpinionSubmittedTwiceAtOnceIsKeptOnce() throws Exception {
        CommitteeSummary committee = committee();
        long expert = pool.expert("审阅委员", "110000", employer, category);
        as(national, () -> committees.appoint(committee.id(), new NewMember(expert, null, null, null)));
        UserSummary member = accounts.active("committee.safety.member", org.iptalent.shared.Role.TALENT, "110000");
        long talentId = as(national, () -> experts.get(expert)).talentId();
        as(national, () -> {
            talentAccounts.link(talentId, member.username());
            return null;
        });
        ConsultationView draft = as(national, () -> consultations.create(committee.id(), new Draft("审阅", "问题",
                Instant.now().plus(Duration.ofDays(1)))));
        ConsultationView attached = as(national, () -> consultations.attach(draft.id(), new MockMultipartFile(
                "file", "草案.pdf", "application/pdf", "%PDF-1.4 草案".getBytes(StandardCharsets.UTF_8))));
        as(national, () -> consultations.open(draft.id()));

        List<Object> outcomes = twice(() -> as(member, () -> answers.answer(draft.id(), Position.AGREE, "同意",
                new MockMultipartFile("file", "意见.pdf", "application/pdf",
                        "%PDF-1.4 意见".getBytes(StandardCharsets.UTF_8)))));
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(ConsultationView.class));
        ConsultationView mine = as(member, () -> answers.get(draft.id()));
        assertThat(mine.opinions()).singleElement().satisfies(o -> assertThat(o.position()).isEqualTo(Position.AGREE));

        long documentId = attached.documents().get(0).id();
        as(member, () -> answers.document(draft.id(), documentId));
        as(national, () -> answers.opinionFile(draft.id(), mine.opinions().get(0).id()));
        assertThat(jdbc.queryForList("select detail_key from audit_entry where entity_type = 'Consultation' and "
                + "entity_id = ? and action = 'EXPORT'", String.class, String.valueOf(draft.id())))
                .containsExactlyInAnyOrder("expert.consultation.audit.documentDownloaded",
                        "expert.consultation.audit.opinionFileDownloaded");

        // the summary is the administration's draft until archived: not in the member's list before
        clock.advance(Duration.ofDays(2));
        as(national, () -> consultations.close(draft.id()));
        as(national, () -> consultations.summarise(draft.id(), "草拟的汇总"));
        assertThat(as(member, () -> answers.mine())).filteredOn(c -> c.id() == draft.id()).singleElement()
                .satisfies(c -> assertThat(c.summary()).isNull());
        as(national, () -> consultations.archive(draft.id()));
        assertThat(as(member, () -> answers.mine())).filteredOn(c -> c.id() == draft.id()).singleElement()
                .satisfies(c -> assertThat(c.summary()).isEqualTo("草拟的汇总"));
    }

    @Test
    void aCommitteesMembersArePagedWithTheSortCheckedAndOtherProvincesFindNothing() {
        CommitteeSummary committee = committee();
        for (String name : List.of("分页甲", "分页乙", "分页丙")) {
            long expert = pool.expert(name, "110000", employer, category);
            as(national, () -> committees.appoint(committee.id(), new NewMember(expert, null, null, null)));
        }
        UserSummary province = accounts.active("committee.safety.gd", org.iptalent.shared.Role.PROVINCIAL_ADMIN,
                "440000");
        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(national.id(), "test").token();
        String members = "/api/v1/advisory-committees/" + committee.id() + "/members";
        Http.Response first = http.get(members + "?size=2&sort=role", "Authorization", token);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("content")).hasSize(2);
        assertThat(first.json().get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(http.get(members + "?page=1&size=2", "Authorization", token).json().get("content")).hasSize(1);
        assertThat(http.get(members + "?sort=leftReason", "Authorization", token).status()).isEqualTo(400);
        assertThat(http.get(members + "?page=99999999&size=100", "Authorization", token).status()).isEqualTo(400);
        assertThat(http.get(members + "?page=99999999999999", "Authorization", token).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/advisory-committees/abc/members", "Authorization", token).status())
                .isEqualTo(400);
        String provinceToken = "Bearer " + tokens.issue(province.id(), "test").token();
        assertThat(http.get(members, "Authorization", provinceToken).status()).isEqualTo(404);

        // the opinions of an opened consultation, paged the same way
        ConsultationView draft = as(national, () -> consultations.create(committee.id(), new Draft("分页咨询", "问题",
                Instant.now().plus(Duration.ofDays(1)))));
        as(national, () -> consultations.open(draft.id()));
        String opinions = "/api/v1/consultations/" + draft.id() + "/opinions";
        Http.Response page = http.get(opinions + "?size=2&sort=position,desc", "Authorization", token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("content")).hasSize(2);
        assertThat(page.json().get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(http.get(opinions + "?sort=text", "Authorization", token).status()).isEqualTo(400);
        assertThat(http.get(opinions, "Authorization", provinceToken).status()).isEqualTo(404);
    }

    private CommitteeSummary committee() {
        return as(national, () -> committees.create(new NewCommittee("安全测试委员会" + System.nanoTime(),
                Level.NATIONAL, null, LocalDate.now().minusYears(1), LocalDate.now().plusYears(3))));
    }

    /** The same work twice at once; each outcome, a result or the exception it threw. */
    private static List<Object> twice(Callable<Object> work) throws InterruptedException {
        return all(List.of(work, work));
    }

    private static List<Object> all(List<Callable<Object>> work) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> w : work) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return w.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            threads.shutdown();
        }
    }

    private static <T> T as(UserSummary user, java.util.function.Supplier<T> work) {
        return TestAccounts.as(user, work);
    }
}
