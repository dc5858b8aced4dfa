package org.iptalent.expert.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.iptalent.expert.committee.AdvisoryCommittee.Level;
import org.iptalent.expert.committee.Committees.CommitteeSummary;
import org.iptalent.expert.committee.Committees.NewCommittee;
import org.iptalent.expert.committee.Committees.NewMember;
import org.iptalent.expert.committee.ConsultationRecords.Draft;
import org.iptalent.expert.committee.ConsultationViews.ConsultationView;
import org.iptalent.expert.committee.Committees.MemberView;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The committee pages as their users reach them: the province's administrator sees its committee (reached from the
 * expert pool's page) and drafts a consultation by the form, bad input refused in words; another province's
 * administrator and a talent who is no member get a 404 for the committee and the consultation. A committee of many
 * members pages them, its consultations and a consultation's opinions; the member form finds the appointed experts
 * it may take by name.
 */
@PlatformTest
class CommitteePageTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Committees committees;
    @Autowired
    ConsultationRecords consultations;

    @Test
    void aProvincesCommitteePagesAreItsOwn() {
        UserSummary guangdong = accounts.active("pcommittee.gd", Role.PROVINCIAL_ADMIN, "440000");
        UserSummary hubei = accounts.active("pcommittee.hb", Role.PROVINCIAL_ADMIN, "420000");
        UserSummary talent = accounts.active("pcommittee.talent", Role.TALENT, "440100");
        UserSummary national = accounts.active("pcommittee.nat", Role.NATIONAL_ADMIN, null);
        ExpertPool pool = new ExpertPool(context, national);
        long expert = pool.expert("页面委员", "440300", pool.organisation("深圳研究院", "440300"),
                pool.category("页面委员会", "Page committee"));
        CommitteeSummary committee = TestAccounts.as(guangdong, () -> committees.create(new NewCommittee(
                "页面测试咨询委员会" + System.nanoTime(), Level.PROVINCIAL, "440000", LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1))));
        TestAccounts.as(guangdong, () -> committees.appoint(committee.id(), new NewMember(expert, null, null, null)));
        ConsultationView draft = TestAccounts.as(guangdong, () -> consultations.create(committee.id(), new Draft(
                "页面咨询", "页面问题", Instant.now().plus(Duration.ofDays(2)))));

        Http own = new Http(port);
        own.signInEnrolling(guangdong.username(), TestAccounts.PASSWORD);
        assertThat(own.get("/experts").body()).contains("href=\"/experts/committees\"");
        assertThat(own.get("/experts/committees").body()).contains(committee.name())
                .doesNotContain("国家知识产权专家咨询委员会");
        Http.Response page = own.get("/experts/committees/" + committee.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("页面委员", "页面咨询");
        Http.Response refused = own.postForm("/experts/committees/" + committee.id(), "/experts/committees/"
                + committee.id() + "/consultations", "title=&question=x&deadline=");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(own.get("/experts/committees/" + committee.id()).body()).contains("consultation-errors");
        assertThat(own.get("/experts/committees/consultations/" + draft.id()).body()).contains("页面问题");

        Http other = new Http(port);
        other.signInEnrolling(hubei.username(), TestAccounts.PASSWORD);
        assertThat(other.get("/experts/committees/" + committee.id()).status()).isEqualTo(404);
        assertThat(other.get("/experts/committees/consultations/" + draft.id()).status()).isEqualTo(404);

        Http stranger = new Http(port);
        stranger.login(talent.username(), TestAccounts.PASSWORD);
        assertThat(stranger.get("/experts/committees/consultations/" + draft.id() + "/answer").status())
                .isEqualTo(404);
        assertThat(stranger.get("/experts/committees/consultations/mine").body()).contains("my-consultations-table");
    }

    @Test
    void aCommitteeOfManyPagesItsMembersItsConsultationsAndTheirOpinions() {
        UserSummary guangdong = accounts.active("pcommittee.pages.gd", Role.PROVINCIAL_ADMIN, "440000");
        UserSummary national = accounts.active("pcommittee.pages.nat", Role.NATIONAL_ADMIN, null);
        ExpertPool pool = new ExpertPool(context, national);
        OrganisationView employer = pool.organisation("翻页研究院", "440300");
        String category = pool.category("翻页委员会", "Paged committee");
        CommitteeSummary committee = TestAccounts.as(guangdong, () -> committees.create(new NewCommittee(
                "翻页咨询委员会" + System.nanoTime(), Level.PROVINCIAL, "440000", LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1))));
        List<MemberView> seated = new ArrayList<>();
        for (int i = 0; i <= Committees.MEMBERS_PAGE; i++) {
            long expert = pool.expert("翻页委员" + chinese(i), "440300", employer, category);
            seated.add(TestAccounts.as(guangdong, () -> committees.appoint(committee.id(),
                    new NewMember(expert, null, null, null))));
        }
        for (int i = 0; i <= ConsultationRecords.CONSULTATIONS_PAGE; i++) {
            String title = "翻页咨询" + chinese(i);
            TestAccounts.as(guangdong, () -> consultations.create(committee.id(), new Draft(title, "翻页问题",
                    Instant.now().plus(Duration.ofDays(2)))));
        }
        ConsultationView asked = TestAccounts.as(guangdong, () -> consultations.create(committee.id(), new Draft(
                "翻页征询", "翻页问题", Instant.now().plus(Duration.ofDays(2)))));
        TestAccounts.as(guangdong, () -> consultations.open(asked.id()));

        Http own = new Http(port);
        own.signInEnrolling(guangdong.username(), TestAccounts.PASSWORD);
        String path = "/experts/committees/" + committee.id();
        // members by the day their seat began, then as appointed: the first twenty, then the last one
        String first = own.get(path).body();
        String second = own.get(path + "?page=1").body();
        MemberView earliest = seated.get(0);
        MemberView latest = seated.get(seated.size() - 1);
        assertThat(first).contains("data-member=\"" + earliest.id() + "\"", "第 1 / 2 页", "href=\"" + path
                + "?page=1#members\"").doesNotContain("data-member=\"" + latest.id() + "\"");
        assertThat(second).contains("data-member=\"" + latest.id() + "\"", "第 2 / 2 页")
                .doesNotContain("data-member=\"" + earliest.id() + "\"");
        // a page typed beyond the last shows the last one
        assertThat(own.get(path + "?page=99").body()).contains("data-member=\"" + latest.id() + "\"");
        // the consultations page by their own parameter, the members' page kept: the latest first
        assertThat(first).contains("翻页征询", "href=\"" + path + "?consultationPage=1#consultations\"")
                .doesNotContain("翻页咨询" + chinese(0) + "<");
        assertThat(own.get(path + "?page=1&consultationPage=1").body()).contains("翻页咨询" + chinese(0) + "<",
                "data-member=\"" + latest.id() + "\"").doesNotContain("翻页征询");

        // the consultation's opinions in the order the members were asked (by expert): twenty, then the last
        String opinions = "/experts/committees/consultations/" + asked.id();
        List<Long> experts = seated.stream().map(MemberView::expertId).sorted().collect(Collectors.toList());
        String firstOpinions = own.get(opinions).body();
        assertThat(firstOpinions).contains("data-expert=\"" + experts.get(0) + "\"", "第 1 / 2 页")
                .doesNotContain("data-expert=\"" + experts.get(experts.size() - 1) + "\"");
        assertThat(own.get(opinions + "?page=1").body())
                .contains("data-expert=\"" + experts.get(experts.size() - 1) + "\"", "第 2 / 2 页")
                .doesNotContain("data-expert=\"" + experts.get(0) + "\"");
    }

    @Test
    void theMemberFormFindsTheAppointedExpertsItMayTakeByName() {
        UserSummary guangdong = accounts.active("pcommittee.pick.gd", Role.PROVINCIAL_ADMIN, "440000");
        UserSummary national = accounts.active("pcommittee.pick.nat", Role.NATIONAL_ADMIN, null);
        ExpertPool pool = new ExpertPool(context, national);
        String category = pool.category("选人委员会", "Picking committee");
        String name = "选人" + chinese(System.nanoTime() % 1_000_000);
        long free = pool.expert(name + "甲", "440300", pool.organisation("选人研究院", "440300"), category);
        long seated = pool.expert(name + "乙", "440100", null, category);
        long elsewhere = pool.expert(name + "丙", "420100", null, category);
        CommitteeSummary committee = TestAccounts.as(guangdong, () -> committees.create(new NewCommittee(
                "选人咨询委员会" + System.nanoTime(), Level.PROVINCIAL, "440000", LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1))));
        TestAccounts.as(guangdong, () -> committees.appoint(committee.id(), new NewMember(seated, null, null, null)));

        Http own = new Http(port);
        own.signInEnrolling(guangdong.username(), TestAccounts.PASSWORD);
        String path = "/experts/committees/" + committee.id();
        assertThat(own.get(path).body()).contains("id=\"expertQuery\"", "hx-get=\"" + path + "/candidates\"");
        // by name: the province's appointed expert who is no member yet, not the seated one nor another province's
        String found = own.get(path + "/candidates?expertQuery=" + java.net.URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(found).contains("value=\"" + free + "\"", name + "甲")
                .doesNotContain("value=\"" + seated + "\"", "value=\"" + elsewhere + "\"");
        assertThat(own.get(path + "/candidates?expertQuery=" + free).body()).contains("value=\"" + free + "\"");
        assertThat(own.get(path + "/candidates?expertQuery=" + elsewhere).body())
                .doesNotContain("value=\"" + elsewhere + "\"");

        // the expert chosen is appointed; one outside the province is still refused by the service
        assertThat(own.postForm(path, path + "/members", "expertId=" + free + "&role=MEMBER").status())
                .isEqualTo(302);
        assertThat(own.get(path).body()).contains("data-expert=\"" + free + "\"");
        own.postForm(path, path + "/members", "expertId=" + elsewhere + "&role=MEMBER");
        assertThat(own.get(path).body()).contains("member-errors").doesNotContain("data-expert=\"" + elsewhere
                + "\"");
    }

    static String chinese(long number) {
        return String.valueOf(number).chars().mapToObj(c -> String.valueOf("〇一二三四五六七八九".charAt(c - '0')))
                .collect(Collectors.joining());
    }
}
