package org.iptalent.expert.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.iptalent.expert.committee.AdvisoryCommittee.Level;
import org.iptalent.expert.committee.Committees.CommitteeSummary;
import org.iptalent.expert.committee.Committees.NewCommittee;
import org.iptalent.expert.committee.Committees.NewMember;
import org.iptalent.expert.committee.ConsultationRecords.Draft;
import org.iptalent.expert.committee.ConsultationViews.ConsultationView;
import org.iptalent.expert.web.ExpertPool;
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
 * administrator and a talent who is no member get a 404 for the committee and the consultation.
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
}
