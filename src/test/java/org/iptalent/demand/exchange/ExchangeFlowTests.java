package org.iptalent.demand.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iptalent.support.TestAccounts.as;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.demand.ExchangeLine;
import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentProfileSection;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.AccessDeniedException;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pairings from creation to what is done under them: Beijing pairs with Xinjiang, seconds one of its talents and
 * records an activity (each audited); Xinjiang sees all of it, Guangdong nothing; the secondment shows on the
 * talent's profile; the API answers the same, refusing bad pairings with problem details in Chinese and English.
 */
@PlatformTest
class ExchangeFlowTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ExchangePairings pairings;
    @Autowired
    ExchangeRecords records;
    @Autowired
    List<TalentProfileSection> sections;
    @Autowired
    JdbcTemplate jdbc;

    UserSummary national;
    UserSummary beijing;
    UserSummary xinjiang;
    UserSummary guangdong;
    ExpertPool pool;
    LocalDate start = LocalDate.of(2025, 1, 1);
    LocalDate end = LocalDate.of(2027, 12, 31);

    @BeforeEach
    void accounts() {
        national = accounts.active("exchange.nat", Role.NATIONAL_ADMIN, null);
        beijing = accounts.active("exchange.bj", Role.PROVINCIAL_ADMIN, "110000");
        xinjiang = accounts.active("exchange.xj", Role.PROVINCIAL_ADMIN, "650000");
        guangdong = accounts.active("exchange.gd", Role.PROVINCIAL_ADMIN, "440000");
        pool = new ExpertPool(context, national);
    }

    @Test
    void aPairingIsSeenByBothSidesAndWhatIsDoneUnderItShowsAndIsAudited() {
        ExchangeLine before = line(xinjiang, 2026);
        PairingView pairing = as(beijing, () -> pairings.create(new PairingInput("PROVINCE", "110000", "650000", null,
                null, start, end, "援疆知识产权人才培养")));
        OrganisationView office = pool.organisation("北京援疆单位", "110000");
        TalentView talent = pool.talent("京援疆", "110000", office);

        SecondmentView secondment = as(beijing, () -> records.second(pairing.id(), new SecondmentInput(talent.id(),
                null, "650100", null, null, start.plusMonths(2), start.plusMonths(14), "挂职指导专利行政执法")));
        assertThat(secondment.talentName()).isEqualTo("京援疆");
        assertThat(secondment.fromRegion()).isEqualTo("110000");
        as(xinjiang, () -> records.record(pairing.id(), new ActivityInput("TRAINING", start.plusMonths(3), 150, null,
                12, "专利审查实务培训")));
        as(xinjiang, () -> records.record(pairing.id(), new ActivityInput("CASE_ASSISTANCE", start.plusMonths(4),
                null, 6, null, null)));

        PairingView seen = as(xinjiang, () -> pairings.get(pairing.id()));
        assertThat(seen.totals()).isEqualTo(new PairingTotals(1, 2, 150, 6, 12));
        assertThat(as(xinjiang, () -> records.secondments(pairing.id()))).extracting(SecondmentView::talentId)
                .containsExactly(talent.id());
        assertThat(as(xinjiang, () -> pairings.list(new ExchangePairings.Filter(null, "650000", 2026),
                PageRequest.of(0, 100))).map(PairingView::id)).contains(pairing.id());
        assertThat(as(xinjiang, () -> pairings.list(new ExchangePairings.Filter(null, null, 2024),
                PageRequest.of(0, 100))).map(PairingView::id)).doesNotContain(pairing.id());
        assertThat(line(xinjiang, 2026)).isEqualTo(new ExchangeLine("110000", "650000", before.pairings() + 1,
                before.secondments() + 1, before.peopleTrained() + 150));

        // another province neither lists nor reads it, nor adds to it
        assertThat(as(guangdong, () -> pairings.list(new ExchangePairings.Filter(null, null, null),
                PageRequest.of(0, 100))).map(PairingView::id)).doesNotContain(pairing.id());
        assertThatThrownBy(() -> as(guangdong, () -> pairings.get(pairing.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(guangdong, () -> records.record(pairing.id(), new ActivityInput("VISIT",
                start.plusDays(1), 1, 0, 1, null)))).isInstanceOf(RecordNotFoundException.class);
        assertThat(line(guangdong, null).pairings()).isZero();
        // the receiving side does not second the sending side's people: it does not see them in the registry
        assertThat(refusal(() -> as(xinjiang, () -> records.second(pairing.id(), new SecondmentInput(talent.id(),
                null, null, null, null, start, start.plusMonths(1), "挂职"))))).isEqualTo(
                        "exchange.secondment.talentNotFound");
        UserSummary talentAccount = accounts.active("exchange.talent", Role.TALENT, "110000");
        assertThatThrownBy(() -> as(talentAccount, () -> pairings.get(pairing.id())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = ? and entity_id = ?",
                Integer.class, Pairing.ENTITY, String.valueOf(pairing.id()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = ? and entity_id = ?",
                Integer.class, Secondment.ENTITY, String.valueOf(secondment.id()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry a join exchange_activity e on a.entity_id "
                + "= e.id::text where a.entity_type = ? and e.pairing_id = ?", Integer.class, Activity.ENTITY,
                pairing.id())).isEqualTo(2);

        TalentProfileSection section = sections.stream()
                .filter(s -> s.template().equals("demand/exchange/profile-section")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<SecondmentView> onProfile = (List<SecondmentView>) section.model(talent.id(), Locale.CHINA)
                .get("secondments");
        assertThat(onProfile).singleElement().satisfies(s -> {
            assertThat(s.pairingId()).isEqualTo(pairing.id());
            assertThat(s.toRegion()).isEqualTo("650100");
            assertThat(s.purpose()).isEqualTo("挂职指导专利行政执法");
        });

        Http http = new Http(port);
        http.signInEnrolling(beijing.username(), TestAccounts.PASSWORD);
        String profile = http.get("/talents/" + talent.id()).body();
        assertThat(profile).contains("id=\"exchange-secondments\"", "挂职指导专利行政执法", "对口支援派驻");
        String page = http.get("/exchange/pairings/" + pairing.id()).body();
        assertThat(page).contains("援疆知识产权人才培养", "京援疆", "专利审查实务培训", "id=\"total-people\">150<");
        assertThat(http.get("/exchange/pairings?region=650000").body()).contains("data-pairing=\"" + pairing.id()
                + "\"", "pairing-map");
        assertThat(http.get("/exchange/pairings?region=999999").body()).contains("search-errors");
    }

    @Test
    void badPairingsAreRefusedInWordsOnThePageToo() {
        assertThat(refusal(() -> as(beijing, () -> pairings.create(new PairingInput("PROVINCE", "110000", "110000",
                null, null, start, end, "目标"))))).isEqualTo("exchange.pairing.sameSide");
        assertThat(refusal(() -> as(beijing, () -> pairings.create(new PairingInput("PROVINCE", "110000", "650000",
                null, null, end, start, "目标"))))).isEqualTo("exchange.endBeforeStart");
        assertThat(refusal(() -> as(beijing, () -> pairings.create(new PairingInput("PROVINCE", "310000", "540000",
                null, null, start, end, "目标"))))).isEqualTo("exchange.pairing.outsideScope");

        Http http = new Http(port);
        http.signInEnrolling(beijing.username(), TestAccounts.PASSWORD);
        Http.Response refused = http.postForm("/exchange/pairings", "/exchange/pairings",
                "level=CITY&fromRegion=110000&toRegion=650100&startsOn=2025-01-01&endsOn=2026-01-01&goals=x");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(http.get("/exchange/pairings").body()).contains("create-errors",
                "地区“110000”与结对层级不符");
    }

    @Test
    void theApiIsScopedAndAnswersProblemsInTheRequestsLanguage() {
        Http http = new Http(port);
        String bj = "Bearer " + tokens.issue(beijing.id(), "test").token();
        String gd = "Bearer " + tokens.issue(guangdong.id(), "test").token();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("level", "PROVINCE");
        body.put("fromRegion", "110000");
        body.put("toRegion", "540000");
        body.put("startsOn", "2025-03-01");
        body.put("endsOn", "2027-02-28");
        body.put("goals", "援藏");
        Http.Response created = http.postJson("/api/v1/pairings", body, "Authorization", bj);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/pairings/" + id);

        assertThat(http.postJson("/api/v1/pairings/" + id + "/activities", Map.of("kind", "LECTURE", "heldOn",
                "2025-06-01", "peopleTrained", 80), "Authorization", bj).status()).isEqualTo(201);
        var detail = http.get("/api/v1/pairings/" + id, "Authorization", bj).json();
        assertThat(detail.get("pairing").get("totals").get("peopleTrained").asLong()).isEqualTo(80);
        assertThat(http.get("/api/v1/pairings/" + id + "/activities?size=5", "Authorization", bj).json()
                .get("content")).hasSize(1);
        assertThat(http.get("/api/v1/pairings?region=540000", "Authorization", bj).json().findValuesAsString("goals"))
                .contains("援藏");
        assertThat(http.get("/api/v1/pairings/lines", "Authorization", bj).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/pairings?sort=goals", "Authorization", bj).status()).isEqualTo(400);

        Http.Response other = http.get("/api/v1/pairings/" + id, "Authorization", gd);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.postJson("/api/v1/pairings/" + id + "/activities", Map.of("kind", "LECTURE", "heldOn",
                "2025-06-01"), "Authorization", gd).status()).isEqualTo(404);

        body.put("toRegion", "110000");
        body.put("endsOn", "2024-01-01");
        Http.Response english = http.postJson("/api/v1/pairings", body, "Authorization", bj, "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.header("Content-Type")).startsWith("application/problem+json");
        assertThat(english.body()).contains("A side cannot be paired with itself.",
                "The end cannot come before the start.");
        Http.Response chinese = http.postJson("/api/v1/pairings", body, "Authorization", bj,
                "Accept-Language", "zh-CN");
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.body()).contains("不能与自身结对。", "结束日期不能早于开始日期。");
        body.put("toRegion", "650000");
        body.put("endsOn", "2027-01-01");
        body.put("fromRegion", "440000");
        assertThat(http.postJson("/api/v1/pairings", body, "Authorization", bj, "Accept-Language", "en").body())
                .contains("At least one side of the pairing must lie in your region.");
    }

    /** The line from Beijing to Xinjiang as {@code user} sees it (none: zeros). */
    private ExchangeLine line(UserSummary user, Integer year) {
        return as(user, () -> pairings.lines(year)).stream()
                .filter(l -> l.fromProvince().equals("110000") && l.toProvince().equals("650000")).findFirst()
                .orElse(new ExchangeLine("110000", "650000", 0, 0, 0));
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e.problems().get(0).messageKey();
        }
        throw new AssertionError("not refused");
    }
}
