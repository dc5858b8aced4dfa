package org.iptalent.planning.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A province reports a value of a reported indicator with its evidence and the national office approves it: the
 * value is then the indicator's over the API. Each refusal (computed indicator, no or unrecognised evidence, another
 * region, a city, a closed plan, a negative or implausible value, a date outside the plan or to come, no note)
 * says why and records nothing.
 */
@PlatformTest
class ReportedValueTests {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ReportedValues values;
    @Autowired
    JdbcTemplate jdbc;

    ReportFixtures fixtures;
    UserSummary national;
    UserSummary guangdong;
    UserSummary jiangsu;
    Http http;

    @BeforeEach
    void data() {
        fixtures = new ReportFixtures(context);
        national = accounts.active("rv.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("rv.gd", Role.PROVINCIAL_ADMIN, "440000");
        jiangsu = accounts.active("rv.js", Role.PROVINCIAL_ADMIN, "320000");
        http = new Http(port);
    }

    private String token(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "test").token();
    }

    @Test
    void aProvinceSubmitsOverTheApiAndTheApprovedValueIsTheIndicatorsValue() throws Exception {
        long plan = fixtures.plan(national);
        String gd = token(guangdong);
        String path = "/api/v1/indicators/" + ReportFixtures.REPORTED + "/reported-values?plan=" + plan;

        HttpResponse<String> created = multipart(path, gd, "en", Map.of("value", "3", "asOf", "2026-06-30",
                "note", "广东省与国家局共建知识产权学院 3 所（粤知〔2026〕12 号）"), "approval.pdf", ReportFixtures.PDF);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JsonMapper.builder().build().readTree(created.body());
        long id = body.get("id").asLong();
        assertThat(body.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(body.get("regionCode").asString()).isEqualTo("440000");
        assertThat(body.get("evidenceName").asString()).isEqualTo("approval.pdf");
        assertThat(body.get("evidenceType").asString()).isEqualTo("application/pdf");
        assertThat(body.get("evidenceSha256").asString()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(ReportFixtures.PDF)));
        assertThat(audits("planning.reported.audit.submitted", id)).isOne();

        // not the indicator's value before the national office approves it
        assertThat(valueOf(plan, gd)).isNull();
        // a province sees its own values, another province none of them
        assertThat(http.get(path, "Authorization", gd).json().get("content")).hasSize(1);
        assertThat(http.get(path + "&sort=value,desc&sort=region", "Authorization", gd).status()).isEqualTo(200);
        assertThat(http.get(path + "&sort=note", "Authorization", gd).status()).isEqualTo(400);
        assertThat(http.get(path, "Authorization", token(jiangsu)).json().get("content")).isEmpty();
        assertThat(http.get("/api/v1/indicators/" + ReportFixtures.REPORTED + "/reported-values/" + id,
                "Authorization", token(jiangsu)).status()).isEqualTo(404);
        // the evidence, as it was sent, to whoever may see the value
        assertThat(http.download("/api/v1/indicators/" + ReportFixtures.REPORTED + "/reported-values/" + id
                + "/evidence", "Authorization", gd)).isEqualTo(ReportFixtures.PDF);
        assertThat(audits("planning.reported.audit.evidenceDownloaded", id)).as("the download is audited").isOne();

        // only the national office decides, at the version it read
        String decision = "/api/v1/indicators/" + ReportFixtures.REPORTED + "/reported-values/" + id + "/decision";
        assertThat(http.postJson(decision, Map.of("decision", "APPROVE"), "Authorization", gd, "If-Match",
                http.get("/api/v1/indicators/" + ReportFixtures.REPORTED + "/reported-values/" + id,
                        "Authorization", gd).header("ETag")).status()).isEqualTo(403);
        String nat = token(national);
        assertThat(http.postJson(decision, Map.of("decision", "APPROVE"), "Authorization", nat).status())
                .isEqualTo(428);
        assertThat(http.postJson(decision, Map.of("decision", "APPROVE"), "Authorization", nat, "If-Match", "\"7\"")
                .status()).isEqualTo(412);
        String etag = http.get("/api/v1/indicators/" + ReportFixtures.REPORTED + "/reported-values/" + id,
                "Authorization", nat).header("ETag");
        Http.Response approved = http.postJson(decision, Map.of("decision", "APPROVE", "note", "材料齐全"),
                "Authorization", nat, "If-Match", etag);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(audits("planning.reported.audit.approved", id)).isOne();

        assertThat(valueOf(plan, gd)).isEqualByComparingTo("3");
        assertThat(valueOf(plan, nat)).as("the country's value is the country's own report").isNull();

        // decided once: a second decision is refused
        Http.Response again = http.postJson(decision, Map.of("decision", "REJECT", "note", "重复"),
                "Authorization", nat, "If-Match", approved.header("ETag"), "Accept-Language", "en");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("reviewed already");
    }

    @Test
    void theNationalOfficeRejectsWithANoteAndReportsTheCountrysValue() {
        long plan = fixtures.plan(national);
        ReportedValueView country = TestAccounts.as(national, () -> values.submit(plan, ReportFixtures.REPORTED,
                new Submission(null, new BigDecimal("4"), LocalDate.of(2026, 3, 31), "全国共建学院 4 所"),
                ReportFixtures.pdf("全国.pdf"), ZH));
        assertThat(country.regionCode()).isEqualTo("000000");
        ReportedValueView province = TestAccounts.as(national, () -> values.submit(plan, ReportFixtures.REPORTED,
                new Submission("320000", new BigDecimal("1"), LocalDate.of(2026, 3, 31), "江苏"),
                ReportFixtures.pdf("js.pdf"), ZH));
        assertThat(province.regionCode()).isEqualTo("320000");

        assertThatThrownBy(() -> TestAccounts.as(national, () -> values.decide(ReportFixtures.REPORTED,
                province.id(), province.version(), ReportedValues.Decision.REJECT, " ", ZH)))
                .isInstanceOf(InvalidInputException.class).extracting("messageKey")
                .isEqualTo("planning.reported.decisionNoteRequired");
        ReportedValueView rejected = TestAccounts.as(national, () -> values.decide(ReportFixtures.REPORTED,
                province.id(), province.version(), ReportedValues.Decision.REJECT, "缺少批复文件", ZH));
        assertThat(rejected.state()).isEqualTo("REJECTED");
        assertThat(rejected.decisionNote()).isEqualTo("缺少批复文件");
        assertThat(audits("planning.reported.audit.rejected", province.id())).isOne();
        // Jiangsu sees its rejected value and why, and nothing of the country's
        var seen = TestAccounts.as(jiangsu, () -> values.list(plan, ReportFixtures.REPORTED,
                org.springframework.data.domain.PageRequest.of(0, 20), ZH));
        assertThat(seen.getContent()).extracting(ReportedValueView::id).containsExactly(province.id());
    }

    @Test
    void eachRefusalSaysWhyAndRecordsNothing() {
        long plan = fixtures.plan(national);
        long before = saved();
        Submission good = new Submission(null, new BigDecimal("2"), LocalDate.of(2026, 5, 31), "省级共建学院 2 所");

        refused(guangdong, plan, "ip-talents", good, ReportFixtures.pdf("a.pdf"), BusinessRuleException.class,
                "planning.reported.computedIndicator");
        refused(guangdong, plan, ReportFixtures.REPORTED, good, null, BusinessRuleException.class,
                "planning.reported.evidenceRequired");
        refused(guangdong, plan, ReportFixtures.REPORTED, good, new MockMultipartFile("evidence", "scan.pdf",
                "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                BusinessRuleException.class, "planning.reported.evidenceKind");
        refused(guangdong, plan, ReportFixtures.REPORTED, new Submission("320000", good.value(), good.asOf(),
                good.note()), ReportFixtures.pdf("a.pdf"), AccessDeniedException.class,
                "planning.reported.regionOutside");
        UserSummary city = accounts.active("rv.sz", Role.CITY_ADMIN, "440300");
        refused(city, plan, ReportFixtures.REPORTED, good, ReportFixtures.pdf("a.pdf"), AccessDeniedException.class,
                "planning.reported.submitNotAllowed");
        refused(guangdong, plan, ReportFixtures.REPORTED, new Submission(null, new BigDecimal("-1"), good.asOf(),
                good.note()), ReportFixtures.pdf("a.pdf"), InvalidInputException.class,
                "planning.reported.valueNegative");
        refused(guangdong, plan, ReportFixtures.REPORTED, new Submission(null, new BigDecimal("20000"), good.asOf(),
                good.note()), ReportFixtures.pdf("a.pdf"), InvalidInputException.class,
                "planning.reported.valueAbsurd");
        refused(guangdong, plan, ReportFixtures.REPORTED, new Submission(null, good.value(),
                LocalDate.of(2025, 12, 31), good.note()), ReportFixtures.pdf("a.pdf"), InvalidInputException.class,
                "planning.reported.asOfOutsidePeriod");
        refused(guangdong, plan, ReportFixtures.REPORTED, new Submission(null, good.value(),
                LocalDate.now().plusDays(2), good.note()), ReportFixtures.pdf("a.pdf"), InvalidInputException.class,
                "planning.reported.asOfFuture");
        refused(guangdong, plan, ReportFixtures.REPORTED, new Submission(null, good.value(), good.asOf(), "  "),
                ReportFixtures.pdf("a.pdf"), InvalidInputException.class, "planning.reported.noteRequired");
        refused(national, plan, ReportFixtures.REPORTED, new Submission("110100", good.value(), good.asOf(),
                good.note()), ReportFixtures.pdf("a.pdf"), BusinessRuleException.class,
                "planning.reported.regionNotProvince");
        refused(national, plan, ReportFixtures.REPORTED, new Submission("810000", good.value(), good.asOf(),
                good.note()), ReportFixtures.pdf("a.pdf"), BusinessRuleException.class,
                "planning.reported.regionNotProvince");
        fixtures.close(plan);
        refused(guangdong, plan, ReportFixtures.REPORTED, good, ReportFixtures.pdf("a.pdf"),
                BusinessRuleException.class, "planning.reported.planClosed");
        assertThat(saved()).as("nothing saved by any refusal").isEqualTo(before);
    }

    @Test
    void aRefusalOverTheApiIsAProblemInTheRequestsLanguage() throws Exception {
        long plan = fixtures.plan(national);
        long before = saved();
        String path = "/api/v1/indicators/" + ReportFixtures.REPORTED + "/reported-values?plan=" + plan;
        HttpResponse<String> english = multipart(path, token(guangdong), "en", Map.of("value", "2",
                "asOf", "2026-05-31", "note", "说明"), null, null);
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(english.body()).contains("Upload the evidence");
        HttpResponse<String> chinese = multipart(path, token(guangdong), "zh-CN", Map.of("value", "2",
                "asOf", "2026-05-31", "note", "说明"), "notes.docx", "just text".getBytes(StandardCharsets.UTF_8));
        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(chinese.body()).contains("证明材料只能是");
        assertThat(saved()).isEqualTo(before);
    }

    @Test
    void theIndicatorsPageListsTheValuesAndTheNationalOfficeDecidesThere() throws Exception {
        long plan = fixtures.plan(national);
        ReportedValueView sent = TestAccounts.as(guangdong, () -> values.submit(plan, ReportFixtures.REPORTED,
                new Submission(null, new BigDecimal("2"), LocalDate.of(2026, 4, 30), "粤港澳知识产权学院等 2 所"),
                ReportFixtures.pdf("批复.pdf"), ZH));
        String path = "/plans/" + plan + "/indicators/" + ReportFixtures.REPORTED;

        Http province = new Http(port);
        province.signInEnrolling(guangdong.username(), TestAccounts.PASSWORD);
        String own = province.get(path).body();
        assertThat(own).contains("id=\"submission-form\"", "粤港澳知识产权学院等 2 所", "批复.pdf", "待审核")
                .doesNotContain("decision-form", "correction-form");
        assertThat(province.download(path + "/reported-values/" + sent.id() + "/evidence"))
                .isEqualTo(ReportFixtures.PDF);
        // the page's form: a refusal shown on the page, then a value sent with its evidence
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf(own));
        form.put("value", "3");
        form.put("asOf", "2026-05-31");
        form.put("note", "又一所");
        HttpResponse<String> withoutEvidence = pageForm(province, path + "/reported-values", form, null);
        assertThat(withoutEvidence.statusCode()).isEqualTo(200);
        assertThat(withoutEvidence.body()).contains("请上传证明材料");
        HttpResponse<String> sentByPage = pageForm(province, path + "/reported-values", form, ReportFixtures.PDF);
        assertThat(sentByPage.statusCode()).as(sentByPage.body()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from reported_value v join indicator i on i.id = v.indicator_id "
                + "where i.plan_id = ? and v.region_code = '440000' and v.as_of = date '2026-05-31'", Long.class, plan))
                .isOne();

        Http office = new Http(port);
        office.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        assertThat(office.get(path).body()).contains("decision-form", "id=\"region-pick\"");
        Http.Response rejected = office.postForm(path, path + "/reported-values/" + sent.id() + "/decision",
                "decision=REJECT&note=&version=" + sent.version());
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("退回时请填写审核意见");
        Http.Response approved = office.postForm(path, path + "/reported-values/" + sent.id() + "/decision",
                "decision=APPROVE&note=&version=" + sent.version());
        assertThat(approved.status()).isEqualTo(302);
        String after = province.get(path).body();
        assertThat(after).contains("已通过");
        assertThat(after.substring(after.indexOf("id=\"indicator-value\""))).startsWith("id=\"indicator-value\">2<");
    }

    private void refused(UserSummary user, long plan, String code, Submission submission, MockMultipartFile file,
            Class<? extends Exception> type, String key) {
        assertThatThrownBy(() -> TestAccounts.as(user, () -> values.submit(plan, code, submission, file, ZH)))
                .as(key).isInstanceOf(type).extracting("messageKey").isEqualTo(key);
    }

    /** Reported values and files in the database: what a refusal must leave as it was. */
    private long saved() {
        return jdbc.queryForObject("select (select count(*) from reported_value) + (select count(*) from uploaded_file)",
                Long.class);
    }

    private long audits(String key, long id) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'ReportedValue' "
                + "and entity_id = ? and detail_key = ?", Long.class, String.valueOf(id), key);
    }

    private BigDecimal valueOf(long plan, String token) {
        for (JsonNode indicator : http.get("/api/v1/indicators?plan=" + plan, "Authorization", token).json()) {
            if (indicator.get("code").asString().equals(ReportFixtures.REPORTED)) {
                JsonNode value = indicator.get("value");
                return value == null || value.isNull() ? null : value.decimalValue();
            }
        }
        throw new AssertionError("no indicator " + ReportFixtures.REPORTED);
    }

    private static String csrf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the page's CSRF token").isTrue();
        return m.group(1);
    }

    /** A page's multipart form as a browser sends it, in the signed-in session of {@code browser}. */
    private HttpResponse<String> pageForm(Http browser, String path, Map<String, String> fields, byte[] evidence)
            throws IOException, InterruptedException {
        return send(path, fields, evidence == null ? null : "证明.pdf", evidence, "Cookie",
                "JSESSIONID=" + browser.sessionId(), "Accept-Language", "zh-CN");
    }

    /** A multipart POST with fields and, when named, the evidence file. */
    private HttpResponse<String> multipart(String path, String token, String language, Map<String, String> fields,
            String fileName, byte[] content) throws IOException, InterruptedException {
        return send(path, fields, fileName, content, "Authorization", token, "Accept-Language", language);
    }

    private HttpResponse<String> send(String path, Map<String, String> fields, String fileName, byte[] content,
            String... headers) throws IOException, InterruptedException {
        String boundary = "----rv" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).headers(headers).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
