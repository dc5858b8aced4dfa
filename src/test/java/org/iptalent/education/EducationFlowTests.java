package org.iptalent.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Degree programmes and academies over the API and the pages: a province records its university's programme and its
 * years (audited), the rules refuse in Chinese and English, a duplicate is a conflict, another province sees nothing
 * of it and cannot name its university, and a talent's account is refused.
 */
@PlatformTest
class EducationFlowTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProvinceRecordsItsProgrammesAndYearsWithinItsScope() {
        UserSummary national = accounts.active("edu.nat", Role.NATIONAL_ADMIN, null);
        UserSummary hubei = accounts.active("edu.hb", Role.PROVINCIAL_ADMIN, "420000");
        UserSummary jiangsu = accounts.active("edu.js", Role.PROVINCIAL_ADMIN, "320000");
        UserSummary talent = accounts.active("edu.talent", Role.TALENT, "420100");
        OrganisationView university = organisation(national, "测试财经政法大学", "UNIVERSITY", "420100");
        OrganisationView company = organisation(national, "测试科技公司", "ENTERPRISE", "420100");

        Http http = new Http(port);
        String hb = "Bearer " + tokens.issue(hubei.id(), "test").token();
        String js = "Bearer " + tokens.issue(jiangsu.id(), "test").token();

        Http.Response created = http.postJson("/api/v1/degree-programmes", Map.of("universityId", university.id(),
                "name", "知识产权", "level", "PROFESSIONAL_MASTER", "firstYear", 2023), "Authorization", hb);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("regionCode").asString()).isEqualTo("420100");
        assertThat(audits(DegreeEntity.PROGRAMME, id)).isEqualTo(1);

        // the same programme again, in any case: a conflict in words
        Http.Response duplicate = http.postJson("/api/v1/degree-programmes", Map.of("universityId",
                university.id(), "name", "知识产权", "level", "PROFESSIONAL_MASTER", "firstYear", 2024),
                "Authorization", hb, "Accept-Language", "zh-CN");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body()).contains("已登记同一层次的“知识产权”学位项目");

        // the rules, in Chinese and English
        Http.Response beforeDegree = http.postJson("/api/v1/degree-programmes", Map.of("universityId",
                university.id(), "name", "知识产权管理", "level", "PROFESSIONAL_MASTER", "firstYear", 2020),
                "Authorization", hb, "Accept-Language", "en");
        assertThat(beforeDegree.status()).isEqualTo(400);
        assertThat(beforeDegree.body()).contains("This degree was created in 2022");
        Http.Response future = http.postJson("/api/v1/degree-programmes", Map.of("universityId", university.id(),
                "name", "知识产权", "level", "BACHELOR", "firstYear", 2999), "Authorization", hb,
                "Accept-Language", "zh-CN");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("首次招生年份不能晚于今年");
        Http.Response notUniversity = http.postJson("/api/v1/degree-programmes", Map.of("universityId",
                company.id(), "name", "知识产权", "level", "BACHELOR", "firstYear", 2010), "Authorization", hb,
                "Accept-Language", "en");
        assertThat(notUniversity.status()).isEqualTo(400);
        assertThat(notUniversity.body()).contains("is not a university");

        // the years: recorded, corrected, refused before the first cohort could graduate or beyond the cohorts
        assertThat(http.postJson("/api/v1/degree-programmes/" + id + "/years", Map.of("year", 2023, "intake", 40,
                "graduates", 0), "Authorization", hb).status()).isEqualTo(200);
        Http.Response tooSoon = http.postJson("/api/v1/degree-programmes/" + id + "/years", Map.of("year", 2024,
                "intake", 45, "graduates", 3), "Authorization", hb, "Accept-Language", "zh-CN");
        assertThat(tooSoon.status()).isEqualTo(400);
        assertThat(tooSoon.body()).contains("首届学生最早于 2025 年毕业");
        Http.Response beyond = http.postJson("/api/v1/degree-programmes/" + id + "/years", Map.of("year", 2025,
                "intake", 50, "graduates", 61), "Authorization", hb, "Accept-Language", "en");
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.body()).contains("More graduates than the cohorts admitted before could give (at most 60)");
        Http.Response negative = http.postJson("/api/v1/degree-programmes/" + id + "/years", Map.of("year", 2025,
                "intake", -1, "graduates", 0), "Authorization", hb, "Accept-Language", "zh-CN");
        assertThat(negative.body()).contains("人数应为 0 至 2,000 之间的整数");
        assertThat(http.postJson("/api/v1/degree-programmes/" + id + "/years", Map.of("year", 2025, "intake", 50,
                "graduates", 38), "Authorization", hb).status()).isEqualTo(200);
        JsonNode years = http.get("/api/v1/degree-programmes/" + id + "/years", "Authorization", hb).json();
        assertThat(years).hasSize(2);
        assertThat(years.get(1).get("graduates").asInt()).isEqualTo(38);
        assertThat(audits(DegreeEntity.PROGRAMME, id)).isEqualTo(3);

        // the list: filtered, sorted by its own fields only
        Http.Response listed = http.get("/api/v1/degree-programmes?level=PROFESSIONAL_MASTER&region=420000&q="
                + enc("测试财经"), "Authorization", hb);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode list = listed.json();
        assertThat(list.get("content").findValuesAsString("name")).contains("知识产权");
        assertThat(list.get("content").get(0).get("latestGraduates").asInt()).isEqualTo(38);
        assertThat(http.get("/api/v1/degree-programmes?sort=secret", "Authorization", hb).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/degree-programmes?region=999999", "Authorization", hb).status())
                .isEqualTo(400);

        // another province: not found, not listed, and cannot name the university
        assertThat(http.get("/api/v1/degree-programmes/" + id, "Authorization", js).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/degree-programmes?q=" + enc("测试财经"), "Authorization", js).json().get("content"))
                .isEmpty();
        Http.Response foreign = http.postJson("/api/v1/degree-programmes", Map.of("universityId", university.id(),
                "name", "知识产权", "level", "BACHELOR", "firstYear", 2010), "Authorization", js,
                "Accept-Language", "zh-CN");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("本地区没有编号为 " + university.id() + " 的机构");
        assertThat(http.postJson("/api/v1/degree-programmes/" + id + "/years", Map.of("year", 2024, "intake", 1,
                "graduates", 0), "Authorization", js).status()).isEqualTo(404);

        String talentToken = "Bearer " + tokens.issue(talent.id(), "test").token();
        assertThat(http.get("/api/v1/degree-programmes", "Authorization", talentToken).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/academies", "Authorization", talentToken).status()).isEqualTo(403);

        // the pages: the list with the programme, its years as a table and a chart
        Http page = new Http(port);
        page.signInEnrolling(hubei.username(), TestAccounts.PASSWORD);
        assertThat(page.get("/education/programmes?lang=zh-CN&level=PROFESSIONAL_MASTER").body())
                .contains("data-programme=\"" + id + "\"").contains("专业学位硕士");
        String detail = page.get("/education/programmes/" + id + "?lang=en").body();
        assertThat(detail).contains("id=\"years-table\"").contains("data-year=\"2025\"").contains("id=\"years-chart\"")
                .contains("Enrolling since 2023");
        assertThat(page.postForm("/education/programmes/" + id, "/education/programmes/" + id + "/years",
                "year=2024&intake=45&graduates=3").status()).isEqualTo(302);
        assertThat(page.get("/education/programmes/" + id).body())
                .contains("The first cohort can graduate in 2025 at the earliest");
    }

    @Test
    void academiesAreRecordedOnceInTheRegionWithSaneDates() {
        UserSummary national = accounts.active("edu.nat2", Role.NATIONAL_ADMIN, null);
        UserSummary hubei = accounts.active("edu.hb2", Role.PROVINCIAL_ADMIN, "420000");
        UserSummary jiangsu = accounts.active("edu.js2", Role.PROVINCIAL_ADMIN, "320000");
        OrganisationView host = organisation(national, "测试理工大学", "UNIVERSITY", "420100");
        String name = "测试知识产权学院" + System.nanoTime() % 1_000_000;
        Http http = new Http(port);
        String hb = "Bearer " + tokens.issue(hubei.id(), "test").token();
        String js = "Bearer " + tokens.issue(jiangsu.id(), "test").token();

        Map<String, Object> body = new HashMap<>(Map.of("name", name, "hostId", host.id(), "partners",
                "国家知识产权局、湖北省人民政府", "foundedOn", "2022-05-20", "regionCode", "420100"));
        Http.Response created = http.postJson("/api/v1/academies", body, "Authorization", hb);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("hostName").asString()).isEqualTo(host.name());
        assertThat(audits(DegreeEntity.ACADEMY, id)).isEqualTo(1);

        Http.Response again = http.postJson("/api/v1/academies", body, "Authorization", hb, "Accept-Language", "en");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("is recorded already");

        body.put("name", name + "二");
        body.put("foundedOn", "2999-01-01");
        Http.Response future = http.postJson("/api/v1/academies", body, "Authorization", hb, "Accept-Language",
                "zh-CN");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("成立日期不能晚于今天");
        body.put("foundedOn", "1975-01-01");
        body.put("regionCode", "320100");
        Http.Response outside = http.postJson("/api/v1/academies", body, "Authorization", hb, "Accept-Language",
                "en");
        assertThat(outside.body()).contains("The founding date cannot be before 1980")
                .contains("Region 320100 is outside your region");

        assertThat(http.get("/api/v1/academies/" + id, "Authorization", js).status()).isEqualTo(404);
        Http.Response listed = http.get("/api/v1/academies?region=420000&q=" + enc(name), "Authorization", hb);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().get("content").findValuesAsString("name")).containsExactly(name);
        assertThat(http.get("/api/v1/academies?sort=hostId", "Authorization", hb).status()).isEqualTo(400);

        Http page = new Http(port);
        page.signInEnrolling(hubei.username(), TestAccounts.PASSWORD);
        assertThat(page.get("/education/academies?lang=zh-CN").body()).contains("data-academy=\"" + id + "\"");
        assertThat(page.get("/education/academies/" + id + "?lang=zh-CN").body()).contains(name)
                .contains("国家知识产权局、湖北省人民政府");
    }

    private OrganisationView organisation(UserSummary national, String name, String type, String region) {
        return TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                name + System.nanoTime() % 1_000_000, type, TestIdentities.creditCode(), region, "83")));
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private int audits(String entity, long id) {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type = ? and entity_id = ?",
                Integer.class, entity, String.valueOf(id));
    }

    /** The audit log's entity types. */
    private static final class DegreeEntity {
        static final String PROGRAMME = org.iptalent.education.degree.DegreeCatalogue.ENTITY;
        static final String ACADEMY = org.iptalent.education.academy.AcademyCatalogue.ENTITY;
    }
}
