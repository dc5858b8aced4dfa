package org.iptalent.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API error is a problem detail built in one place (ProblemResponses), Chinese unless the client asks
 * for English: those the API's controllers raise, and those of requests no controller took (an unknown path,
 * a method or body type the path does not take), which Spring Boot's /error would answer in English JSON of
 * its own. Pages keep the error page.
 */
@PlatformTest
class ApiProblemLanguageTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;

    @Test
    void aRecordThatIsNotThereIsAProblemInTheCallersLanguage() {
        Http http = new Http(port);
        String national = token(Role.NATIONAL_ADMIN, null);
        var chinese = http.get("/api/v1/talents/999999999", "Authorization", national);
        assertThat(chinese.status()).isEqualTo(404);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().get("title").asString()).isEqualTo("未找到");
        assertThat(chinese.json().get("detail").asString()).isEqualTo("资源不存在，或不在您的管辖范围内。");
        assertThat(chinese.json().get("instance").asString()).isEqualTo("/api/v1/talents/999999999");
        var english = http.get("/api/v1/talents/999999999", "Authorization", national, "Accept-Language", "en");
        assertThat(english.json().get("title").asString()).isEqualTo("Not found");
        assertThat(english.json().get("detail").asString()).isEqualTo("The resource does not exist or is outside your scope.");
    }

    @Test
    void anUnknownApiPathIsAProblemNotSpringBootsJson() {
        Http http = new Http(port);
        String talent = token(Role.TALENT, "440300");
        var chinese = http.get("/api/v1/no-such-thing", "Authorization", talent);
        assertThat(chinese.status()).isEqualTo(404);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().get("title").asString()).isEqualTo("未找到");
        assertThat(chinese.json().get("detail").asString()).isEqualTo("资源不存在，或不在您的管辖范围内。");
        assertThat(chinese.json().get("instance").asString()).isEqualTo("/api/v1/no-such-thing");
        assertThat(chinese.json().has("timestamp")).isFalse();
        var english = http.get("/api/v1/no-such-thing", "Authorization", talent, "Accept-Language", "en-US,en;q=0.9");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.json().get("title").asString()).isEqualTo("Not found");
        assertThat(english.json().get("detail").asString()).isEqualTo("The resource does not exist or is outside your scope.");
    }

    @Test
    void aMethodThePathDoesNotTakeIsAProblemWithAllow() {
        Http http = new Http(port);
        String talent = token(Role.TALENT, "440300");
        var chinese = http.postJson("/api/v1/reference/divisions", "{}", "Authorization", talent);
        assertThat(chinese.status()).isEqualTo(405);
        assertThat(chinese.header("Allow")).contains("GET");
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().get("title").asString()).isEqualTo("方法不允许");
        assertThat(chinese.json().get("detail").asString()).isEqualTo("此资源不接受 POST 请求，可用的方法见 Allow 头。");
        var english = http.postJson("/api/v1/reference/divisions", "{}", "Authorization", talent, "Accept-Language", "en");
        assertThat(english.json().get("title").asString()).isEqualTo("Method not allowed");
        assertThat(english.json().get("detail").asString())
                .isEqualTo("This resource does not take POST requests; the Allow header lists the methods it takes.");
    }

    @Test
    void aBodyTypeThePathDoesNotTakeIsAProblemWithAccept() throws Exception {
        var chinese = post("/api/v1/auth/tokens", "text/plain", "zh-CN");
        assertThat(chinese.statusCode()).isEqualTo(415);
        assertThat(chinese.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(chinese.headers().firstValue("Accept").orElseThrow()).contains("application/json");
        JsonNode zh = JsonMapper.builder().build().readTree(chinese.body());
        assertThat(zh.get("title").asString()).isEqualTo("不支持的媒体类型");
        assertThat(zh.get("detail").asString()).startsWith("不接受 text/plain");
        JsonNode en = JsonMapper.builder().build().readTree(post("/api/v1/auth/tokens", "text/plain", "en").body());
        assertThat(en.get("title").asString()).isEqualTo("Unsupported media type");
        assertThat(en.get("detail").asString()).startsWith("A request body of type text/plain");
    }

    @Test
    void pagesKeepTheErrorPage() {
        Http http = new Http(port);
        http.login(accounts.active("lost.talent", Role.TALENT, "440300").username(), TestAccounts.PASSWORD);
        var page = http.get("/no-such-page", "Accept", "text/html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
    }

    private String token(Role role, String region) {
        return "Bearer " + tokens.issue(accounts.active("problem." + role.name().toLowerCase(), role, region).id(),
                "test").token();
    }

    private HttpResponse<String> post(String path, String type, String language) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString("username=x")).header("Content-Type", type)
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }
}
