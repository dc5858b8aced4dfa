package org.iptalent.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import tools.jackson.databind.JsonNode;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.identity.UserSummary;
import org.iptalent.planning.history.MonthlySnapshots;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.IndicatorSpec;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indicators as the API gives them: a sample of computed values equal to a direct count of the records, an
 * indicator whose module is not there says so without a number, a province reads its own region against its own
 * targets and no other, and the plan's rules refuse what a national administrator gets wrong.
 */
@PlatformTest
class PlanningApiTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TalentRecords talents;
    @Autowired
    PlanRecords plans;
    @Autowired
    MonthlySnapshots snapshots;
    @Autowired
    JdbcTemplate jdbc;

    Http http;
    UserSummary national;
    UserSummary jiangsu;
    long planId;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        national = accounts.active("plan.nat", Role.NATIONAL_ADMIN, null);
        jiangsu = accounts.active("plan.js", Role.PROVINCIAL_ADMIN, "320000");
        for (String region : List.of("320500", "320100", "440300")) {
            String identity = TestIdentities.identity(region.substring(0, 4) + "02", true);
            TestAccounts.as(national, () -> talents.create(new TalentInput("钱进", null, null, identity, "13912345678",
                    null, "MASTER", "LAW", null, null, null, region, "72", List.of("PS_INFORMATION_SERVICE"), null,
                    null, null, null), Talent.Source.MANUAL));
        }
        long fourteenth = jdbc.queryForObject("select id from plan where starts_year = 2021 and ends_year = 2025",
                Long.class);
        planId = TestAccounts.as(national, () -> plans.copy(fourteenth, TestAccounts.uniqueName("规划"), null, 2026,
                2030, true)).getId();
        snapshots.refreshCurrent();
    }

    private String token(UserSummary user) {
        return "Bearer " + tokens.issue(user.id(), "test").token();
    }

    private JsonNode indicator(JsonNode list, String code) {
        for (JsonNode node : list) {
            if (node.get("code").asText().equals(code)) {
                return node;
            }
        }
        throw new AssertionError("no indicator " + code + " in " + list);
    }

    private static BigDecimal tenThousands(long persons) {
        return BigDecimal.valueOf(persons).divide(BigDecimal.valueOf(10_000), 4, RoundingMode.HALF_UP);
    }

    @Test
    void computedValuesEqualADirectCountOfTheRecords() {
        JsonNode list = http.get("/api/v1/indicators?plan=" + planId, "Authorization", token(national)).json();
        assertThat(list).hasSize(12);
        long talentsNow = jdbc.queryForObject("""
                select count(*) from talent where merged_into_id is null and status = 'ACTIVE'""", Long.class);
        JsonNode ipTalents = indicator(list, "ip-talents");
        assertThat(ipTalents.get("value").decimalValue()).isEqualByComparingTo(tenThousands(talentsNow));
        assertThat(ipTalents.get("unit").asText()).isEqualTo("TEN_THOUSAND_PERSONS");
        assertThat(ipTalents.get("target").decimalValue()).isEqualByComparingTo("100");
        assertThat(ipTalents.get("targetYear").asInt()).isEqualTo(2030);
        long informationStaff = jdbc.queryForObject("""
                select count(*) from talent t where t.merged_into_id is null and t.status = 'ACTIVE' and exists
                  (select 1 from talent_category c where c.talent_id = t.id and c.category = 'PS_INFORMATION_SERVICE')""",
                Long.class);
        assertThat(indicator(list, "information-service-staff").get("value").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(informationStaff));
        long nationalBases = jdbc.queryForObject("""
                select count(*) from training_base where level = 'NATIONAL' and status <> 'REVOKED'""", Long.class);
        assertThat(indicator(list, "national-training-bases").get("value").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(nationalBases));

        JsonNode jiangsuList = http.get("/api/v1/indicators?plan=" + planId + "&region=320000", "Authorization",
                token(national)).json();
        long jiangsuTalents = jdbc.queryForObject("""
                select count(*) from talent where merged_into_id is null and status = 'ACTIVE'
                  and region_code like '32%'""", Long.class);
        assertThat(indicator(jiangsuList, "ip-talents").get("value").decimalValue())
                .isEqualByComparingTo(tenThousands(jiangsuTalents));
    }

    @Test
    void anIndicatorWhoseModuleIsNotThereHasNoNumber() {
        JsonNode list = http.get("/api/v1/indicators?plan=" + planId, "Authorization", token(national)).json();
        JsonNode titles = indicator(list, "intermediate-ip-engineers");
        assertThat(titles.get("status").asText()).isEqualTo("NO_SOURCE");
        assertThat(titles.get("sourceThere").asBoolean()).isFalse();
        assertThat(titles.get("value").isNull()).isTrue();
        assertThat(titles.get("projection").isNull()).isTrue();
    }

    @Test
    void aProvinceReadsItsOwnRegionAgainstItsOwnTargetsAndNoOther() {
        String token = token(jiangsu);
        JsonNode own = http.get("/api/v1/indicators?plan=" + planId, "Authorization", token).json();
        assertThat(indicator(own, "ip-talents").get("status").asText()).as("a count has no target until split")
                .isEqualTo("NO_TARGET");
        assertThat(indicator(own, "training-satisfaction").get("target").decimalValue())
                .as("a score's target is the plan's").isEqualByComparingTo("90");
        Http.Response other = http.get("/api/v1/indicators?plan=" + planId + "&region=440000", "Authorization", token,
                "Accept-Language", "zh-CN");
        assertThat(other.status()).as("another province is answered as no region at all").isEqualTo(404);
        assertThat(http.get("/api/v1/indicators?plan=" + planId + "&region=000000", "Authorization", token).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/indicators?plan=" + planId + "&region=329999", "Authorization", token).status())
                .as("a code no division has").isEqualTo(404);
        assertThat(http.get("/api/v1/indicators?plan=" + planId + "&region=320500", "Authorization", token).status())
                .as("its own city").isEqualTo(200);
    }

    @Test
    void thePlansRulesRefuseWhatANationalAdministratorGetsWrong() {
        IndicatorSpec unknownSource = new IndicatorSpec("new-one", Indicator.Kind.OTHER, "新指标", null,
                org.iptalent.planning.IndicatorUnit.PERSONS, BigDecimal.TEN, 2030, Indicator.Direction.AT_LEAST,
                Indicator.Attribute.BINDING, null, Indicator.SourceKind.COMPUTED, "registry.nothing", null, null);
        assertThatThrownBy(() -> TestAccounts.as(national, () -> plans.addIndicator(planId, unknownSource)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planning.indicator.sourceUnknown"));
        IndicatorSpec outside = new IndicatorSpec("new-one", Indicator.Kind.OTHER, "新指标", null,
                org.iptalent.planning.IndicatorUnit.PERSONS, BigDecimal.TEN, 2031, Indicator.Direction.AT_LEAST,
                Indicator.Attribute.BINDING, null, Indicator.SourceKind.REPORTED, null, null, null);
        assertThatThrownBy(() -> TestAccounts.as(national, () -> plans.addIndicator(planId, outside)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planning.indicator.targetYearOutsidePeriod"));
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> plans.copy(planId, "复制", null, 2031, 2035, false)))
                .isInstanceOf(AccessDeniedException.class);
        Plan plan = plans.get(planId);
        assertThat(plan.sortedIndicators()).hasSize(12);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Plan' and entity_id = ?",
                Long.class, String.valueOf(planId))).as("the copy is audited").isEqualTo(1);
    }
}
