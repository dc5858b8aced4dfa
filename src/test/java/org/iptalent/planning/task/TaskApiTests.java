package org.iptalent.planning.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The tasks and progress reports over the API: the 14th plan's tasks as shipped, a province's report written,
 * changed under If-Match, attached to and submitted, another province kept out, and the national office's review.
 */
@PlatformTest
class TaskApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    Http http;
    TaskFixtures fixtures;
    UserSummary national;
    String nat;
    String gd;
    String js;

    @AfterEach
    void restorePlanInForce() {
        fixtures.restore();
    }

    @BeforeEach
    void data() {
        http = new Http(port);
        fixtures = new TaskFixtures(context);
        national = accounts.active("tapi.nat", Role.NATIONAL_ADMIN, null);
        nat = "Bearer " + tokens.issue(national.id(), "tasks").token();
        gd = "Bearer " + tokens.issue(accounts.active("tapi.gd", Role.PROVINCIAL_ADMIN, "440000").id(), "t").token();
        js = "Bearer " + tokens.issue(accounts.active("tapi.js", Role.PROVINCIAL_ADMIN, "320000").id(), "t").token();
    }

    @Test
    void theFourteenthPlansTasksAreShipped() {
        long plan = jdbc.queryForObject("select id from plan where starts_year = 2021 and ends_year = 2025",
                Long.class);
        Http.Response list = http.get("/api/v1/tasks?plan=" + plan, "Authorization", gd);
        assertThat(list.status()).isEqualTo(200);
        JsonNode tasks = list.json().get("content");
        assertThat(tasks).hasSize(11);
        assertThat(tasks.get(0).get("label").asString()).isEqualTo("III(1)");
        assertThat(tasks.get(0).get("titleZh").asString()).isEqualTo("加强知识产权保护人才队伍建设，推动知识产权保护迈上新台阶");
        assertThat(tasks.get(5).get("label").asString()).isEqualTo("IV(1)");
        assertThat(tasks.get(5).get("titleZh").asString()).isEqualTo("知识产权人才培训基地建设工程");
        assertThat(tasks.get(10).get("titleEn").asString()).startsWith("The supporting project for establishment");
        assertThat(tasks.get(3).get("regions")).hasSize(31);
        assertThat(tasks.get(3).get("periods")).hasSize(5);
        assertThat(tasks.get(3).get("periods").get(4).get("dueOn").asString()).isEqualTo("2026-01-31");

        Http.Response one = http.get("/api/v1/tasks/" + tasks.get(0).get("id").asLong(), "Authorization", nat);
        assertThat(one.header("ETag")).isEqualTo("\"" + one.json().get("version").asLong() + "\"");
        assertThat(http.get("/api/v1/tasks?plan=0", "Authorization", nat).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/tasks", "Authorization", nat).status()).as("the current plan's").isEqualTo(200);
    }

    @Test
    void aProvinceWritesAttachesAndSubmitsAndTheNationalOfficeReviews() {
        int year = LocalDate.now().getYear();
        long plan = fixtures.planInForce("接口测试规划", year - 1, year + 1);
        long task = fixtures.task(national, plan, 1, "440000").getId();
        String reports = "/api/v1/tasks/" + task + "/progress-reports";

        Http.Response created = http.postJson(reports, Map.of("period", year - 1, "text", "广东省举办行政裁决培训班 8 期。",
                "figures", List.of(Map.of("indicator", "ip-talents", "value", 9.2))), "Authorization", gd);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith(reports + "/" + created.json().get("id").asLong());
        assertThat(created.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(created.json().get("slotState").asString()).isEqualTo("OVERDUE");
        String report = reports + "/" + created.json().get("id").asLong();

        Map<String, Object> second = Map.of("period", year - 1, "text", "广东省举办行政裁决培训班 9 期。");
        assertThat(http.postJson(reports, second, "Authorization", gd).status()).isEqualTo(428);
        assertThat(http.postJson(reports, second, "Authorization", gd, "If-Match", "\"99\"").status()).isEqualTo(412);
        Http.Response unknown = http.postJson(reports, Map.of("period", year - 1, "text", "x", "figurs", List.of()),
                "Authorization", gd, "Accept-Language", "en");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("figurs");

        Http.Response html = http.upload(report + "/attachments", "notes.pdf",
                "<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8), "Authorization", gd,
                "If-Match", created.header("ETag"), "Accept-Language", "en");
        assertThat(html.status()).isEqualTo(400);
        assertThat(html.body()).contains("told by its content");
        Http.Response pdf = http.upload(report + "/attachments", "培训 总结.html",
                "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1), "Authorization", gd,
                "If-Match", created.header("ETag"));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        JsonNode file = pdf.json().get("files").get(0);
        assertThat(file.get("name").asString()).isEqualTo("培训 总结.html.pdf");
        Http.Response download = http.get(report + "/attachments/" + file.get("id").asLong(), "Authorization", nat);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.body()).startsWith("%PDF-1.4");

        Http.Response submitted = http.postJson(reports, Map.of("period", year - 1, "text", "广东省举办行政裁决培训班 9 期。",
                "submit", true), "Authorization", gd, "If-Match", pdf.header("ETag"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("late").asBoolean()).isTrue();

        // another province: refused its task in its language, nothing recorded; the report not found
        Http.Response refused = http.postJson(reports, Map.of("period", year - 1, "text", "江苏"), "Authorization", js,
                "Accept-Language", "en");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("not responsible for task III(1)");
        assertThat(http.get(report, "Authorization", js).status()).isEqualTo(404);
        assertThat(http.get(reports, "Authorization", js).json().get("content")).isEmpty();
        assertThat(http.get(reports, "Authorization", nat).json().get("content")).hasSize(1);

        Http.Response byProvince = http.postJson(report + "/review", Map.of("decision", "ACCEPT"), "Authorization", gd,
                "If-Match", submitted.header("ETag"));
        assertThat(byProvince.status()).isEqualTo(403);
        // the report under another task's address is not found, however the version is given (found by the hostile
        // pass: only If-Match checked the task)
        long otherTask = fixtures.task(national, plan, 2, "440000").getId();
        String elsewhere = "/api/v1/tasks/" + otherTask + "/progress-reports/" + created.json().get("id").asLong();
        assertThat(http.postJson(elsewhere + "/review", Map.of("decision", "ACCEPT", "version",
                submitted.json().get("version").asLong()), "Authorization", nat).status()).isEqualTo(404);
        assertThat(http.upload(elsewhere + "/attachments?version=" + submitted.json().get("version").asLong(),
                "a.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1), "Authorization", gd).status())
                .isEqualTo(404);
        Http.Response noNote = http.postJson(report + "/review", Map.of("decision", "RETURN"), "Authorization", nat,
                "If-Match", submitted.header("ETag"));
        assertThat(noNote.status()).isEqualTo(400);
        Http.Response accepted = http.postJson(report + "/review", Map.of("decision", "ACCEPT"), "Authorization", nat,
                "If-Match", submitted.header("ETag"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(http.get(reports + "?year=" + (year - 1), "Authorization", gd).json().get("content").get(0)
                .get("state").asString()).isEqualTo("ACCEPTED");
    }
}
