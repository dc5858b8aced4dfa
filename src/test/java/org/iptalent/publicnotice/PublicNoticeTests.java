package org.iptalent.publicnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.iptalent.identity.UserSummary;
import org.iptalent.publicnotice.internal.Objections;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Public notices: publishing refused in words (a period under five days, another province, no one listed), the
 * public pages without signing in (the list and the notice, no references or contacts shown), an objection raised
 * there and read (decrypted) by the publishing administration, dismissed; the limits a crowd meets; another
 * province's administrator finds nothing; a notice closes by the clock.
 */
@PlatformTest
class PublicNoticeTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PublicNotices notices;
    @Autowired
    Objections objections;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary jiangsu;
    UserSummary guangdong;
    UserSummary national;

    @BeforeEach
    void accounts() {
        jiangsu = accounts.active("pn.js", Role.PROVINCIAL_ADMIN, "320000");
        guangdong = accounts.active("pn.gd", Role.PROVINCIAL_ADMIN, "440000");
        national = accounts.active("pn.nat", Role.NATIONAL_ADMIN, null);
    }

    private PublicNoticeDraft draft(String title, LocalDate opensOn, int days, String region) {
        return new PublicNoticeDraft("expert-admission", "batch-" + title, region, title, "公示正文\n第二段",
                List.of(new PublicNoticeDraft.Entry("app-1-" + title, "张公示", "苏州某研究所", "专利审查"),
                        new PublicNoticeDraft.Entry("app-2-" + title, "李公示", "南京某大学", "法律")),
                opensOn, opensOn.plusDays(days));
    }

    private String title() {
        return "专家入库公示" + System.nanoTime() % 1_000_000;
    }

    @Test
    void publishingIsRefusedInWordsThenPublishedAndScoped() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> notices.publish(new PublicNoticeDraft("nonsense",
                null, "440000", " ", null, List.of(), today.minusDays(1), today.plusDays(2)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::messageKey).contains(
                                org.assertj.core.groups.Tuple.tuple("topic", "publicnotice.topicUnknown"),
                                org.assertj.core.groups.Tuple.tuple("regionCode", "publicnotice.regionOutOfScope"),
                                org.assertj.core.groups.Tuple.tuple("title", "field.required"),
                                org.assertj.core.groups.Tuple.tuple("opensOn", "publicnotice.opensInPast"),
                                org.assertj.core.groups.Tuple.tuple("closesOn", "publicnotice.periodTooShort"),
                                org.assertj.core.groups.Tuple.tuple("entries", "publicnotice.entriesRequired")));
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> notices.publish(draft(title(), today, 5, "000000"))))
                .isInstanceOf(InvalidInputException.class);
        String longName = "名".repeat(101);
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> notices.publish(new PublicNoticeDraft(
                "expert-admission", null, "320500", "t", null, List.of(new PublicNoticeDraft.Entry("a", longName, null,
                        null), new PublicNoticeDraft.Entry("a", "x", null, null)), today, today.plusDays(5)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("entries[0].name", "entries[1].reference"));

        String title = title();
        long id = TestAccounts.as(jiangsu, () -> notices.publish(draft(title, today, 5, "320500")));
        PublicNoticeView view = TestAccounts.as(jiangsu, () -> notices.get(id));
        assertThat(view.title()).isEqualTo(title);
        assertThat(view.open()).isTrue();
        assertThat(view.closed()).isFalse();
        assertThat(view.entries()).extracting(PublicNoticeView.EntryView::name).containsExactly("张公示", "李公示");
        assertThat(TestAccounts.as(national, () -> notices.get(id)).regionCode()).isEqualTo("320500");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> notices.get(id)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> notices.objectedReferences(id)))
                .isInstanceOf(RecordNotFoundException.class);

        Http other = new Http(port);
        other.signInEnrolling(guangdong.username(), TestAccounts.PASSWORD);
        assertThat(other.get("/public-notices/" + id).status()).isEqualTo(404);
        Http own = new Http(port);
        own.signInEnrolling(jiangsu.username(), TestAccounts.PASSWORD);
        assertThat(own.get("/public-notices").body()).contains(title);
        assertThat(own.get("/public-notices/" + id).body()).contains(title, "张公示", "尚无异议。");
    }

    @Test
    void thePublicSeesTheNoticeWithoutSigningInAndObjectsThenTheAdministrationDismisses() {
        LocalDate today = LocalDate.now(clock);
        String title = title();
        long id = TestAccounts.as(jiangsu, () -> notices.publish(draft(title, today, 7, "320000")));
        long future = TestAccounts.as(jiangsu, () -> notices.publish(draft(title + "未来", today.plusDays(3), 7,
                "320000")));

        Http anonymous = new Http(port);
        Http.Response list = anonymous.get("/notices");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(title, "公示中").doesNotContain(title + "未来");
        assertThat(anonymous.get("/notices?page=-3").status()).isEqualTo(200);
        assertThat(anonymous.get("/notices/" + future).status()).isEqualTo(404);
        Http.Response page = anonymous.get("/notices/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(title, "张公示", "苏州某研究所", "专利审查", "提出异议")
                .doesNotContain("app-1-" + title, "batch-" + title);
        assertThat(anonymous.get("/notices/" + id + "?lang=en").body()).contains("Raise an objection");
        anonymous.get("/notices/" + id + "?lang=zh-CN");

        long entryId = TestAccounts.as(jiangsu, () -> notices.get(id)).entry("app-2-" + title).orElseThrow().id();
        Http.Response refused = anonymous.postForm("/notices/" + id, "/notices/" + id + "/objections",
                "entryId=" + entryId + "&objectorName=&contact=&reason=");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(anonymous.get("/notices/" + id).body()).contains("id=\"objection-errors\"", "您的姓名：必填项。");

        Http.Response raised = anonymous.postForm("/notices/" + id, "/notices/" + id + "/objections",
                "entryId=" + entryId + "&objectorName=" + enc("王异议") + "&contact=" + enc("13900001111")
                        + "&reason=" + enc("学历信息与事实不符"));
        assertThat(raised.status()).isEqualTo(302);
        assertThat(anonymous.get("/notices/" + id).body()).contains("异议已提交");
        assertThat(TestAccounts.as(jiangsu, () -> notices.objectedReferences(id))).containsExactly("app-2-" + title);
        assertThat(TestAccounts.as(jiangsu, () -> notices.get(id)).entry("app-2-" + title).orElseThrow()
                .objections()).isEqualTo(1);
        String stored = jdbc.queryForObject("select contact from public_notice_objection where notice_id = ?",
                String.class, id);
        assertThat(stored).startsWith("v1:").doesNotContain("13900001111");
        assertThat(anonymous.get("/notices/" + id).body()).doesNotContain("13900001111", "王异议");

        Http admin = new Http(port);
        admin.signInEnrolling(jiangsu.username(), TestAccounts.PASSWORD);
        assertThat(admin.get("/public-notices/" + id).body()).contains("王异议", "13900001111", "学历信息与事实不符");
        long objectionId = TestAccounts.as(jiangsu, () -> objections.of(id)).get(0).id();
        admin.postForm("/public-notices/" + id, "/public-notices/" + id + "/objections/" + objectionId
                + "/dismissal", "dismissalReason=");
        assertThat(admin.get("/public-notices/" + id).body()).contains("id=\"dismiss-errors\"");
        admin.postForm("/public-notices/" + id, "/public-notices/" + id + "/objections/" + objectionId
                + "/dismissal", "dismissalReason=" + enc("经核实学历属实"));
        assertThat(admin.get("/public-notices/" + id).body()).contains("异议已驳回。", "经核实学历属实");
        assertThat(TestAccounts.as(jiangsu, () -> notices.objectedReferences(id))).isEmpty();
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> {
            objections.dismiss(id, objectionId, "again");
            return null;
        })).isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey())
                .isEqualTo("publicnotice.objection.alreadyDismissed"));
    }

    @Test
    void aCrowdMeetsTheDailyLimitsAndTooLongInputIsRefused() {
        LocalDate today = LocalDate.now(clock);
        String title = title();
        long id = TestAccounts.as(jiangsu, () -> notices.publish(draft(title, today, 5, "320000")));
        long entryId = TestAccounts.as(jiangsu, () -> notices.get(id)).entries().get(0).id();
        assertThatThrownBy(() -> objections.raise(id, new Objections.Input(entryId, "x".repeat(51), "c",
                "r".repeat(1001)))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("objectorName", "reason"));
        assertThatThrownBy(() -> objections.raise(id, new Objections.Input(999_999_999L, "n", "c", "r")))
                .isInstanceOf(InvalidInputException.class);
        IntStream.range(0, 5).forEach(i -> objections.raise(id, new Objections.Input(entryId, "同一人", "same@x.cn",
                "理由" + i)));
        assertThatThrownBy(() -> objections.raise(id, new Objections.Input(entryId, "同一人", "SAME@x.cn", "再来")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("publicnotice.objection.tooMany"));
        IntStream.range(0, 45).forEach(i -> objections.raise(id, new Objections.Input(entryId, "人" + i, "c" + i,
                "理由")));
        assertThatThrownBy(() -> objections.raise(id, new Objections.Input(entryId, "又一人", "other", "理由")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("publicnotice.objection.tooMany"));
    }

    @Test
    void aNoticeClosesTheDayAfterItsLastAndTakesNoMoreObjections() {
        LocalDate today = LocalDate.now(clock);
        long id = TestAccounts.as(jiangsu, () -> notices.publish(draft(title(), today, 5, "320000")));
        long entryId = TestAccounts.as(jiangsu, () -> notices.get(id)).entries().get(0).id();
        try {
            clock.advance(Duration.ofDays(5));
            PublicNoticeView lastDay = TestAccounts.as(jiangsu, () -> notices.get(id));
            assertThat(lastDay.open()).isTrue();
            assertThat(lastDay.closed()).isFalse();
            clock.advance(Duration.ofDays(1));
            PublicNoticeView after = TestAccounts.as(jiangsu, () -> notices.get(id));
            assertThat(after.open()).isFalse();
            assertThat(after.closed()).isTrue();
            assertThatThrownBy(() -> objections.raise(id, new Objections.Input(entryId, "晚到", "c", "理由")))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("publicnotice.objection.closed"));
            assertThat(new Http(port).get("/notices/" + id).body()).contains("已结束", "公示期已结束")
                    .doesNotContain("objection-form");
        } finally {
            clock.reset();
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
