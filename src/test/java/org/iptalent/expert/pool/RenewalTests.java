package org.iptalent.expert.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.ExpertRecords.Transition;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The terms ending soon are listed with their advice in the administration's region, and the profile shows it;
 * renewing an expert whose term recorded misconduct needs a reason, which the credit record keeps.
 */
@PlatformTest
class RenewalTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ExpertRecords experts;
    @Autowired
    Renewals renewals;
    @Autowired
    CreditRecord credit;

    UserSummary national;
    UserSummary sichuan;
    UserSummary hubei;
    ExpertPool pool;
    String category;
    OrganisationView employer;

    @BeforeEach
    void pool() {
        national = accounts.active("renew.nat", Role.NATIONAL_ADMIN, null);
        sichuan = accounts.active("renew.sc", Role.PROVINCIAL_ADMIN, "510000");
        hubei = accounts.active("renew.hb", Role.PROVINCIAL_ADMIN, "420000");
        pool = new ExpertPool(context, national);
        category = pool.category("续聘测试专家", "Renewal test experts");
        employer = pool.organisation("成都知识产权服务中心", "510100");
    }

    @Test
    void aTermWithMisconductIsRenewedOnlyWithAReason() {
        long ending = appoint("孙启明", LocalDate.now().plusDays(30));
        long later = appoint("钱文华", LocalDate.now().plusYears(2));
        change(ending, Transition.MISCONDUCT, "评审中泄露信息", null, null);

        Renewals.Due due = TestAccounts.as(sichuan, () -> renewals.due(0)).getContent().stream()
                .filter(d -> d.expertId() == ending).findFirst().orElseThrow();
        assertThat(due.reappointment().advice()).isEqualTo(Reappointment.Advice.NOT_RECOMMENDED);
        assertThat(due.misconduct()).isEqualTo(1);
        assertThat(TestAccounts.as(sichuan, () -> renewals.due(0)).getContent())
                .noneMatch(d -> d.expertId() == later);
        assertThat(TestAccounts.as(hubei, () -> renewals.due(0)).getContent())
                .noneMatch(d -> d.expertId() == ending);

        // the administration's list and the profile say it in words
        Http http = new Http(port);
        http.signInEnrolling(sichuan.username(), TestAccounts.PASSWORD);
        assertThat(http.get("/experts/renewals").body()).contains("聘期届满与续聘", "孙启明", "不建议续聘",
                "聘期内有不当行为记录").doesNotContain("钱文华");
        assertThat(http.get("/experts/" + ending + "?lang=en").body()).contains("Renewal advice", "Not recommended",
                "Misconduct recorded in the term");
        assertThat(http.get("/experts/" + later).body()).doesNotContain("id=\"expert-reappointment\"");

        LocalDate from = LocalDate.now().plusDays(31);
        assertThatThrownBy(() -> change(ending, Transition.RENEW, " ", from, from.plusYears(3)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.messageKey().equals("expert.reappointment.reasonRequired")));
        change(ending, Transition.RENEW, "已整改，经专家委员会审议同意续聘", from, from.plusYears(3));
        assertThat(TestAccounts.as(sichuan, () -> experts.get(ending)).termEndsOn()).isEqualTo(from.plusYears(3));
        assertThat(credit.of(ending, 5)).first().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(CreditRecord.Kind.RENEWED);
            assertThat(entry.note()).isEqualTo("已整改，经专家委员会审议同意续聘");
        });
        // renewed, the term ends in three years: off the list
        assertThat(TestAccounts.as(sichuan, () -> renewals.due(0)).getContent())
                .noneMatch(d -> d.expertId() == ending);
    }

    private long appoint(String name, LocalDate termEnds) {
        TalentView talent = pool.talent(name, "510100", employer);
        return TestAccounts.as(national, () -> experts.appoint(new Appointment(talent.id(),
                termEnds.minusYears(3), termEnds, new ExpertProfile(Set.of(category), Set.of("G06"),
                        Set.of(Duty.MEDIATOR), "英语", Availability.AVAILABLE, "长期从事知识产权纠纷调解")))).id();
    }

    private void change(long expert, Transition transition, String reason, LocalDate from, LocalDate to) {
        long version = TestAccounts.as(national, () -> experts.get(expert)).version();
        TestAccounts.as(national, () -> experts.change(expert, version, transition, reason, from, to));
    }
}
