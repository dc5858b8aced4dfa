package org.iptalent.expert.thinktank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.pool.ExpertRecords.Transition;
import org.iptalent.expert.thinktank.ReportHits.Facet;
import org.iptalent.expert.thinktank.ResearchTopic.State;
import org.iptalent.expert.thinktank.ThinkTankViews.Detail;
import org.iptalent.expert.thinktank.ThinkTankViews.Member;
import org.iptalent.expert.thinktank.ThinkTankViews.MemberRole;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.pdf.PdfDocuments;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A provincial administrator founds a think tank, appoints members, proposes a topic and publishes a report with a
 * real PDF; the search finds it by a Chinese word with its facets, the API serves it and its file (audited), and
 * another province's administrator finds nothing of it. Refused: an expert not appointed, a file that is no PDF or
 * Word document, a text too long.
 */
@PlatformTest
class ThinkTankFlowTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ThinkTankRecords thinkTanks;
    @Autowired
    ThinkTankMembers members;
    @Autowired
    TopicRecords topics;
    @Autowired
    ReportRecords reports;
    @Autowired
    ReportSearch search;
    @Autowired
    ExpertRecords experts;
    @Autowired
    PdfDocuments pdfs;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary national;
    UserSummary zhejiang;
    ExpertPool pool;
    String category;
    OrganisationView host;

    @BeforeEach
    void data() {
        national = accounts.active("tt.nat", Role.NATIONAL_ADMIN, null);
        zhejiang = accounts.active("tt.zj", Role.PROVINCIAL_ADMIN, "330000");
        pool = new ExpertPool(context, national);
        category = pool.category("智库测试专家", "Think tank test experts");
        host = pool.organisation("浙江知识产权研究院", "330100");
    }

    @Test
    void aThinkTankWithMembersTopicAndReportIsFoundByAChineseWordInItsRegionOnly() throws Exception {
        long lead = pool.expert("钱塘江", "330100", host, category);
        long member = pool.expert("西湖月", "330200", host, category);
        String name = "浙江数字经济知识产权智库" + chinese(System.nanoTime() % 1_000_000);
        Detail created = TestAccounts.as(zhejiang, () -> thinkTanks.create(new ThinkTankInput(name, "330100",
                host.id(), "研究数字经济中的知识产权保护", LocalDate.of(2020, 5, 1))));
        Member leadMember = TestAccounts.as(zhejiang, () -> members.add(created.id(), lead, MemberRole.LEAD, null));
        TestAccounts.as(zhejiang, () -> members.add(created.id(), member, MemberRole.MEMBER, LocalDate.now().minusDays(3)));
        assertThatThrownBy(() -> TestAccounts.as(zhejiang, () -> members.add(created.id(), member, MemberRole.MEMBER, null)))
                .isInstanceOf(ConflictException.class);
        long topic = TestAccounts.as(zhejiang, () -> topics.propose(created.id(), new TopicInput("跨境电商商标侵权",
                "跨境电商平台上的商标侵权治理", LocalDate.now().minusMonths(2), null, leadMember.id())));
        long version = jdbc.queryForObject("select version from research_topic where id = ?", Long.class, topic);
        TestAccounts.as(zhejiang, () -> {
            topics.moveTo(created.id(), topic, version, State.ONGOING);
            return null;
        });
        String word = "量子" + chinese(System.nanoTime() % 1_000_000);
        byte[] pdf = pdfs.render(PdfDocuments.xhtml(Locale.CHINA, "报告", "", "<p>跨境电商商标侵权研究报告</p>"),
                Locale.CHINA);
        long report = TestAccounts.as(zhejiang, () -> reports.publish(created.id(), new ReportInput(
                "跨境电商" + word + "商标保护研究报告", "本报告分析了跨境电商平台的商标侵权现状并提出治理建议。", topic,
                LocalDate.now().minusDays(1)), new MockMultipartFile("file", "报告.pdf", "application/pdf", pdf)));

        Detail read = TestAccounts.as(zhejiang, () -> thinkTanks.get(created.id()));
        assertThat(read.hostName()).isEqualTo(host.name());
        assertThat(read.members()).extracting(Member::name).containsExactly("钱塘江", "西湖月");
        assertThat(read.topics()).singleElement().satisfies(t -> {
            assertThat(t.state()).isEqualTo(State.ONGOING);
            assertThat(t.leadName()).isEqualTo("钱塘江");
        });
        assertThat(read.reports()).singleElement().satisfies(r -> assertThat(r.fileName()).isEqualTo("报告.pdf"));

        ReportHits hits = TestAccounts.as(zhejiang, () -> search.search(new ReportCriteria(word, null, null, null),
                0, 10));
        assertThat(hits.rows()).extracting(ReportHits.ReportCard::id).containsExactly(report);
        assertThat(hits.rows().get(0).thinkTankName()).isEqualTo(name);
        assertThat(hits.facets().get(Facet.TOPIC_STATE)).extracting(ReportHits.FacetCount::code)
                .containsExactly("ONGOING");
        assertThat(hits.facets().get(Facet.YEAR)).extracting(ReportHits.FacetCount::code)
                .containsExactly(String.valueOf(LocalDate.now().minusDays(1).getYear()));
        // the think tank's name is searched too, and the topic's completion follows into the index
        long later = jdbc.queryForObject("select version from research_topic where id = ?", Long.class, topic);
        TestAccounts.as(zhejiang, () -> {
            topics.moveTo(created.id(), topic, later, State.COMPLETED);
            return null;
        });
        ReportHits byName = TestAccounts.as(zhejiang, () -> search.search(new ReportCriteria(name, null, "COMPLETED",
                null), 0, 10));
        assertThat(byName.rows()).extracting(ReportHits.ReportCard::id).containsExactly(report);
        assertThat(TestAccounts.as(national, () -> search.search(new ReportCriteria(word, created.id(), null, null),
                0, 10)).total()).isEqualTo(1);

        UserSummary jiangsu = accounts.active("tt.js", Role.PROVINCIAL_ADMIN, "320000");
        assertThat(TestAccounts.as(jiangsu, () -> search.search(new ReportCriteria(word, null, null, null), 0, 10))
                .total()).isZero();
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> thinkTanks.get(created.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> reports.file(created.id(), report)))
                .isInstanceOf(RecordNotFoundException.class);

        // over the API: the think tank, its report's file (audited), and 404 for another province
        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(zhejiang.id(), "test").token();
        Http.Response got = http.get("/api/v1/think-tanks/" + created.id(), "Authorization", token);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("name").asText()).isEqualTo(name);
        Http.Response found = http.get("/api/v1/think-tanks/reports?q=" + java.net.URLEncoder.encode(word,
                java.nio.charset.StandardCharsets.UTF_8), "Authorization", token);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("content").get(0).get("id").asLong()).isEqualTo(report);
        byte[] file = http.download("/api/v1/think-tanks/" + created.id() + "/reports/" + report + "/file",
                "Authorization", token);
        assertThat(file).isEqualTo(pdf);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_entry where entity_type = 'ThinkTankReport' and entity_id = ?
                  and action = 'EXPORT'""", Integer.class, String.valueOf(report))).isEqualTo(1);
        String jiangsuToken = "Bearer " + tokens.issue(jiangsu.id(), "test").token();
        assertThat(http.get("/api/v1/think-tanks/" + created.id(), "Authorization", jiangsuToken).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/think-tanks/" + created.id() + "/reports/" + report + "/file",
                "Authorization", jiangsuToken).status()).isEqualTo(404);

        // renamed over the API: the report is found by the new name, no longer by the old
        String renamed = "之江知识产权智库" + chinese(System.nanoTime() % 1_000_000);
        long tankVersion = got.json().get("version").asLong();
        Http.Response described = http.putJson("/api/v1/think-tanks/" + created.id(), java.util.Map.of("version",
                tankVersion, "name", renamed, "hostOrganisationId", host.id()), "Authorization", token);
        assertThat(described.status()).isEqualTo(200);
        assertThat(described.json().get("hostName").asText()).isEqualTo(host.name());
        assertThat(TestAccounts.as(zhejiang, () -> search.search(new ReportCriteria(renamed, null, null, null), 0,
                10)).rows()).extracting(ReportHits.ReportCard::id).containsExactly(report);
        assertThat(TestAccounts.as(zhejiang, () -> search.search(new ReportCriteria(name, null, null, null), 0, 10))
                .total()).isZero();
        assertThat(http.putJson("/api/v1/think-tanks/" + created.id(), java.util.Map.of("version", tankVersion,
                "name", name), "Authorization", token).status()).isEqualTo(409);

        UserSummary talent = accounts.active("tt.talent", Role.TALENT, "330100");
        assertThat(http.get("/api/v1/think-tanks", "Authorization", "Bearer " + tokens.issue(talent.id(), "test")
                .token()).status()).isEqualTo(403);

        // the expert's profile lists the think tank
        assertThat(TestAccounts.as(zhejiang, () -> members.ofExpert(lead)))
                .extracting(ThinkTankViews.Membership::thinkTankName).containsExactly(renamed);
    }

    @Test
    void refusesAnExpertNotAppointedAFileThatIsNoDocumentAndTooLongTexts() {
        long suspended = pool.expert("停职专家", "330100", host, category);
        long version = TestAccounts.as(national, () -> experts.get(suspended)).version();
        TestAccounts.as(national, () -> experts.change(suspended, version, Transition.SUSPEND, "调查中", null, null));
        Detail created = TestAccounts.as(zhejiang, () -> thinkTanks.create(new ThinkTankInput(
                "拒绝测试智库" + System.nanoTime() % 1_000_000, "330000", null, null, null)));
        assertThatThrownBy(() -> TestAccounts.as(zhejiang, () -> members.add(created.id(), suspended, MemberRole.MEMBER,
                null))).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("thinktank.member.notAppointed"));

        MockMultipartFile html = new MockMultipartFile("file", "report.pdf", "application/pdf",
                "<html><body>not a pdf</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TestAccounts.as(zhejiang, () -> reports.publish(created.id(), new ReportInput(
                "报告", "摘要", null, LocalDate.now()), html)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("thinktank.report.fileKind"));
        assertThat(jdbc.queryForObject("select count(*) from think_tank_report where think_tank_id = ?",
                Integer.class, created.id())).isZero();

        assertThatThrownBy(() -> TestAccounts.as(zhejiang, () -> reports.publish(created.id(), new ReportInput(
                "长".repeat(201), "摘".repeat(4001), null, LocalDate.now()), html)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("title", "abstractText"));
        assertThatThrownBy(() -> TestAccounts.as(zhejiang, () -> thinkTanks.create(new ThinkTankInput(
                "名".repeat(201), "320000", null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("name", "regionCode"));
    }

    /** A number in Chinese numerals: a word no other test's text holds, which the bigrams match whole. */
    @Test
    void theListAndAThinkTanksPagePageEachListByItsOwnParameter() throws Exception {
        String stem = "翻页智库" + chinese(System.nanoTime() % 1_000_000);
        Detail created = TestAccounts.as(zhejiang, () -> thinkTanks.create(new ThinkTankInput(stem + "总", "330100",
                host.id(), null, null)));
        for (int i = 0; i < ThinkTankController.THINK_TANKS_PAGE; i++) {
            String name = stem + chinese(i);
            TestAccounts.as(zhejiang, () -> thinkTanks.create(new ThinkTankInput(name, "330000", null, null, null)));
        }
        for (int i = 0; i <= ThinkTankRecords.MEMBERS_PAGE; i++) {
            long expert = pool.expert("翻页成员" + chinese(i), "330100", host, category);
            TestAccounts.as(zhejiang, () -> members.add(created.id(), expert, MemberRole.MEMBER, null));
        }
        List<Long> topicIds = new ArrayList<>();
        for (int i = 0; i <= ThinkTankRecords.TOPICS_PAGE; i++) {
            LocalDate startsOn = LocalDate.now().minusDays(i);
            String title = "翻页课题" + chinese(i);
            topicIds.add(TestAccounts.as(zhejiang, () -> topics.propose(created.id(), new TopicInput(title, null,
                    startsOn, null, null))));
        }
        byte[] pdf = pdfs.render(PdfDocuments.xhtml(Locale.CHINA, "报告", "", "<p>翻页报告</p>"), Locale.CHINA);
        List<Long> reportIds = new ArrayList<>();
        for (int i = 0; i <= ThinkTankRecords.REPORTS_PAGE; i++) {
            ReportInput input = new ReportInput("翻页报告" + chinese(i), "翻页报告摘要", null,
                    LocalDate.now().minusDays(i));
            reportIds.add(TestAccounts.as(zhejiang, () -> reports.publish(created.id(), input,
                    new MockMultipartFile("file", "报告.pdf", "application/pdf", pdf))));
        }
        Http http = new Http(port);
        http.signInEnrolling(zhejiang.username(), TestAccounts.PASSWORD);

        // the list: the think tanks page by thinkTankPage (the reports found below by page), by name
        String q = "/experts/think-tanks?q=" + java.net.URLEncoder.encode(stem,
                java.nio.charset.StandardCharsets.UTF_8);
        List<Long> listed = TestAccounts.as(zhejiang, () -> thinkTanks.list(stem, 0, 100)).getContent().stream()
                .map(ThinkTankViews.Summary::id).toList();
        assertThat(listed).hasSize(ThinkTankController.THINK_TANKS_PAGE + 1);
        String firstList = http.get(q).body();
        assertThat(firstList).contains(tank(listed.get(0)), "thinkTankPage=1#think-tanks")
                .doesNotContain(tank(listed.get(listed.size() - 1)));
        assertThat(http.get(q + "&thinkTankPage=1").body()).contains(tank(listed.get(listed.size() - 1)))
                .doesNotContain(tank(listed.get(0)));

        // the think tank's page: members, topics and reports each turn on their own, the others kept
        List<Member> ordered = members.of(created.id());
        String path = "/experts/think-tanks/" + created.id();
        String first = http.get(path).body();
        long newestTopic = topicIds.get(0);
        long oldestTopic = topicIds.get(topicIds.size() - 1);
        long newestReport = reportIds.get(0);
        long oldestReport = reportIds.get(reportIds.size() - 1);
        assertThat(first).contains(member(ordered.get(0)), topic(newestTopic), "id=\"report-" + newestReport + "\"",
                "memberPage=1#members", "topicPage=1#topics", "reportPage=1#reports")
                .doesNotContain(member(ordered.get(ordered.size() - 1)), topic(oldestTopic),
                        "id=\"report-" + oldestReport + "\"");
        // the report form still offers every topic, the topic form every current member
        assertThat(first).contains("<option value=\"" + oldestTopic + "\">",
                ">" + ordered.get(ordered.size() - 1).name() + "<");
        String turned = http.get(path + "?memberPage=1&topicPage=1").body();
        assertThat(turned).contains(member(ordered.get(ordered.size() - 1)), topic(oldestTopic),
                "id=\"report-" + newestReport + "\"").doesNotContain(member(ordered.get(0)), topic(newestTopic));
        assertThat(http.get(path + "?reportPage=1").body()).contains("id=\"report-" + oldestReport + "\"",
                member(ordered.get(0))).doesNotContain("id=\"report-" + newestReport + "\"");
        // a report the search finds is opened on the page of reports that holds it
        assertThat(http.get(path + "/reports/" + oldestReport).header("Location"))
                .endsWith(path + "?reportPage=1#report-" + oldestReport);
        assertThat(http.get(path + "/reports/" + newestReport).header("Location"))
                .endsWith(path + "?reportPage=0#report-" + newestReport);
    }

    private static String tank(long id) {
        return "data-think-tank=\"" + id + "\"";
    }

    private static String member(Member member) {
        return "data-member=\"" + member.id() + "\"";
    }

    private static String topic(long id) {
        return "data-topic=\"" + id + "\"";
    }

    static String chinese(long number) {
        return String.valueOf(number).chars().mapToObj(c -> String.valueOf("〇一二三四五六七八九".charAt(c - '0')))
                .collect(java.util.stream.Collectors.joining());
    }
}
