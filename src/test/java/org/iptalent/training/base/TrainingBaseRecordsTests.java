package org.iptalent.training.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The bases through the service, the API and the pages: region scope against the database (another province's local
 * base is a 404, a national base located in the province is seen but not changed), a manager's contact edits, the
 * list's filters and a filter naming nothing (a 400 problem in the caller's language), designation rules, and an
 * organisation merge that moves the bases it hosted.
 */
@PlatformTest
class TrainingBaseRecordsTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TrainingBaseRecords records;
    @Autowired
    JdbcTemplate jdbc;

    Http http;
    String marker;
    UserSummary national;
    UserSummary guangdong;
    UserSummary jiangsu;
    UserSummary manager;
    long gdHost;
    long jsHost;
    long nationalInGuangdong;
    long localInGuangdong;
    long localInJiangsu;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        marker = "基" + Long.toString(System.nanoTime(), 36);
        national = accounts.active("bases.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("bases.gd", Role.PROVINCIAL_ADMIN, "440000");
        jiangsu = accounts.active("bases.js", Role.PROVINCIAL_ADMIN, "320000");
        manager = accounts.active("bases.mgr", Role.TRAINING_BASE_MANAGER, "320000");
        gdHost = host("440100");
        jsHost = host("320100");
        nationalInGuangdong = TestAccounts.as(national, () -> records.create(input(marker + "国家基地", "NATIONAL",
                "440100", gdHost))).id();
        localInGuangdong = TestAccounts.as(guangdong, () -> records.create(input(marker + "广东基地", "LOCAL",
                "440000", gdHost))).id();
        localInJiangsu = TestAccounts.as(jiangsu, () -> records.create(input(marker + "江苏基地", "LOCAL", "320100",
                jsHost))).id();
        TestAccounts.as(jiangsu, () -> {
            records.addManager(localInJiangsu, manager.username());
            return null;
        });
    }

    long host(String region) {
        return TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("host"), "UNIVERSITY", TestIdentities.creditCode(), region, null))).id();
    }

    static BaseInput input(String name, String level, String region, long host) {
        return new BaseInput(name, level, region, host, LocalDate.of(2022, 4, 1), "认定文件", List.of("PROTECTION"),
                List.of("APP_OPERATION"), null, "王伟", "13812345678", "简介", false);
    }

    @Test
    void aProvincialAdministratorNeitherSeesNorChangesAnotherProvincesLocalBase() {
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> records.get(localInJiangsu)))
                .isInstanceOf(RecordNotFoundException.class);
        BaseView jiangsuBase = TestAccounts.as(jiangsu, () -> records.get(localInJiangsu));
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> records.update(localInJiangsu,
                jiangsuBase.version(), input(marker + "改名", "LOCAL", "320100", jsHost))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> records.changeStatus(localInJiangsu,
                jiangsuBase.version(), "PROBATION", "越权"))).isInstanceOf(RecordNotFoundException.class);
        assertThat(TestAccounts.as(guangdong, () -> records.find(new BaseCriteria(null, null, null, null, marker),
                PageRequest.of(0, 20))).map(BaseRow::id).getContent())
                .containsExactlyInAnyOrder(nationalInGuangdong, localInGuangdong);
        // the API and the pages answer 404 alike
        assertThat(http.get("/api/v1/training-bases/" + localInJiangsu, "Authorization", token(guangdong)).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/training-bases/" + localInGuangdong, "Authorization", token(guangdong)).status())
                .isEqualTo(200);
        assertThat(TestAccounts.as(jiangsu, () -> records.get(localInJiangsu)).name()).isEqualTo(marker + "江苏基地");
    }

    @Test
    void aNationalBaseIsSeenInItsProvinceButChangedOnlyNationally() {
        BaseView base = TestAccounts.as(guangdong, () -> records.get(nationalInGuangdong));
        assertThat(TestAccounts.as(guangdong, () -> records.permissions(nationalInGuangdong)).administer()).isFalse();
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> records.changeStatus(nationalInGuangdong,
                base.version(), "UNDER_REVIEW", "复核"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> records.create(input(marker + "越级", "NATIONAL",
                "440100", gdHost)))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(Problem::field, Problem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("level", "trainingBase.level.nationalOnly")));
        BaseView changed = TestAccounts.as(national, () -> records.changeStatus(nationalInGuangdong, base.version(),
                "UNDER_REVIEW", "收到反映"));
        assertThat(changed.status()).isEqualTo(BaseStatus.UNDER_REVIEW);
        assertThat(changed.history()).extracting(StatusStep::to).containsExactly(BaseStatus.DESIGNATED,
                BaseStatus.UNDER_REVIEW);
        assertThat(changed.history().get(1).decidedBy()).isEqualTo(national.displayName());
        assertThat(auditDetails("TrainingBase", nationalInGuangdong)).contains("audit.detail.trainingBaseStatus");
    }

    @Test
    void aManagerSeesOnlyTheirBaseAndKeepsItsContactDetails() {
        assertThat(TestAccounts.as(manager, () -> records.find(BaseCriteria.none(), PageRequest.of(0, 50)))
                .map(BaseRow::id).getContent()).containsExactly(localInJiangsu);
        assertThatThrownBy(() -> TestAccounts.as(manager, () -> records.get(localInGuangdong)))
                .isInstanceOf(RecordNotFoundException.class);
        BaseView base = TestAccounts.as(manager, () -> records.get(localInJiangsu));
        assertThat(base.contactPhone()).isEqualTo("138****5678");
        assertThatThrownBy(() -> TestAccounts.as(manager, () -> records.update(localInJiangsu, base.version(),
                input(marker + "改名", "LOCAL", "320100", jsHost)))).isInstanceOf(AccessDeniedException.class);
        BaseView edited = TestAccounts.as(manager, () -> records.updateContact(localInJiangsu, base.version(),
                new ContactInput("南京市鼓楼区", "李敏", "025-83681234", "新简介", false)));
        assertThat(edited.contactPhone()).isEqualTo("025*****1234");
        assertThat(edited.description()).isEqualTo("新简介");
        assertThat(edited.name()).isEqualTo(base.name());
        // the phone is stored encrypted, and the audit log keeps it masked
        assertThat(jdbc.queryForObject("select contact_phone_cipher from training_base where id = ?", String.class,
                localInJiangsu)).doesNotContain("83681234");
        List<String> changes = jdbc.queryForList("select changes from audit_entry where entity_type = 'TrainingBase' "
                + "and entity_id = ? and changes is not null", String.class, String.valueOf(localInJiangsu));
        assertThat(changes).anyMatch(c -> c.contains("025*****1234")).noneMatch(c -> c.contains("83681234"));
        // a blank phone keeps the one on record
        BaseView kept = TestAccounts.as(manager, () -> records.updateContact(localInJiangsu, edited.version(),
                new ContactInput("南京市鼓楼区", "李敏", "", "新简介", false)));
        assertThat(kept.contactPhone()).isEqualTo("025*****1234");
    }

    @Test
    void theApiFiltersByLevelAndRefusesALevelThatNamesNothing() {
        String q = URLEncoder.encode(marker, StandardCharsets.UTF_8);
        JsonNode nationalOnly = http.get("/api/v1/training-bases?level=NATIONAL&q=" + q, "Authorization",
                token(national)).json();
        assertThat(nationalOnly.get("content").findValuesAsString("name")).containsExactly(marker + "国家基地");
        JsonNode local = http.get("/api/v1/training-bases?level=local&province=440000&q=" + q, "Authorization",
                token(national)).json();
        assertThat(local.get("content").findValuesAsString("name")).containsExactly(marker + "广东基地");
        assertThat(local.get("page").get("totalElements").asLong()).isEqualTo(1);

        Http.Response chinese = http.get("/api/v1/training-bases?level=REGIONAL", "Authorization", token(national));
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.header("Content-Type")).startsWith("application/problem+json");
        assertThat(chinese.json().get("detail").asString()).contains("REGIONAL").contains("级别");
        Http.Response english = http.get("/api/v1/training-bases?level=REGIONAL", "Authorization", token(national),
                "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("detail").asString()).isEqualTo(
                "There is no level \"REGIONAL\": use NATIONAL or LOCAL.");
        assertThat(http.get("/api/v1/training-bases?status=GONE", "Authorization", token(national)).status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/training-bases?sort=password", "Authorization", token(national)).status())
                .isEqualTo(400);

        JsonNode one = http.get("/api/v1/training-bases/" + localInJiangsu, "Authorization", token(national)).json();
        assertThat(one.get("history").get(0).get("reason").asString()).isEqualTo("认定文件");
        assertThat(one.get("contactPhone").asString()).isEqualTo("138****5678");
    }

    @Test
    void roleWithoutBasesIsRefusedTheApiAndThePages() {
        UserSummary talent = accounts.active("bases.tal", Role.TALENT, "440000");
        assertThat(http.get("/api/v1/training-bases", "Authorization", token(talent)).status()).isEqualTo(403);
        Http browser = new Http(port);
        browser.login(talent.username(), TestAccounts.PASSWORD);
        assertThat(browser.get("/training-bases").status()).isEqualTo(403);
        // a reviewer's page is open to any role: it lists only their own reviews
        assertThat(browser.get("/training-bases/reviews").status()).isEqualTo(200);
    }

    @Test
    void designationRulesAreCheckedTogether() {
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> records.create(new BaseInput(marker + "广东基地",
                "LOCAL", "320100", jsHost, LocalDate.now().plusDays(2), " ", List.of(), List.of("NOPE"), null, null,
                "12", null, false)))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(Problem::field, Problem::messageKey).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("name", "trainingBase.name.taken"),
                        org.assertj.core.groups.Tuple.tuple("regionCode", "trainingBase.region.outsideScope"),
                        org.assertj.core.groups.Tuple.tuple("hostOrganisationId", "trainingBase.host.unknown"),
                        org.assertj.core.groups.Tuple.tuple("designatedOn", "trainingBase.designatedOn.future"),
                        org.assertj.core.groups.Tuple.tuple("categories", "field.unknownCode"),
                        org.assertj.core.groups.Tuple.tuple("contactPhone", "trainingBase.contactPhone.invalid"),
                        org.assertj.core.groups.Tuple.tuple("basis", "field.required")));
        BaseView created = TestAccounts.as(national, () -> records.get(localInGuangdong));
        // a category brings its team with it
        assertThat(created.teams()).containsExactlyInAnyOrder("PROTECTION", "APPLICATION");
        assertThat(created.categories()).containsExactly("APP_OPERATION");
        assertThat(auditDetails("TrainingBase", localInGuangdong)).contains("audit.detail.trainingBaseDesignated");
    }

    @Test
    void mergingAnOrganisationMovesTheBasesItHosted() {
        long duplicate = host("440300");
        jdbc.update("update organisation set verified = false where id = ?", duplicate);
        long base = TestAccounts.as(national, () -> records.create(input(marker + "重复单位基地", "NATIONAL", "440300",
                duplicate))).id();
        TestAccounts.as(national, () -> organisations.merge(duplicate, gdHost));
        assertThat(TestAccounts.as(national, () -> records.get(base)).hostOrganisationId()).isEqualTo(gdHost);
        assertThat(jdbc.queryForList("select detail_args from audit_entry where entity_type = 'Organisation' "
                + "and entity_id = ? and detail_key = 'audit.detail.organisationMerged'", String.class,
                String.valueOf(duplicate))).singleElement().asString().contains("audit.detail.trainingBasesMoved");
    }

    List<String> auditDetails(String type, long id) {
        return jdbc.queryForList("select detail_key from audit_entry where entity_type = ? and entity_id = ?",
                String.class, type, String.valueOf(id));
    }

    private String token(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "bases").token();
    }
}
