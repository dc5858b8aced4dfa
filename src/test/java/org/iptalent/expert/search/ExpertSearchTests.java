package org.iptalent.expert.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.Appointment;
import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.ExpertProfile;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.search.ExpertHits.ExpertCard;
import org.iptalent.expert.search.ExpertHits.Facet;
import org.iptalent.expert.search.ExpertHits.FacetCount;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentMerge;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.platform.search.KeywordCounts;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RegionScope;
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

import tools.jackson.databind.JsonNode;

/**
 * The expert search over a pool built for each test (categories and names of its own, so no other test's experts
 * count): part of a Chinese name and a word of the achievements find an expert; a category counts its sub-categories'
 * experts once each; a provincial administrator never sees another province's expert, even through a stale index;
 * bad paging and filters are refused in words; the page shows the cards in Chinese and English.
 */
@PlatformTest
class ExpertSearchTests {

    /** Characters for names no other test uses: each test's experts get a surname and given names of their own. */
    private static final String CHARS = "璇瑾琮珏瑜璞琳琅瑶瑷";

    @LocalServerPort
    int port;
    @Autowired
    ExpertRecords experts;
    @Autowired
    ExpertSearch search;
    @Autowired
    ExpertCategories categories;
    @Autowired
    TalentRecords talents;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExpertNames names;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TalentMerge merge;

    UserSummary national;
    String parent;
    String subA;
    String subB;
    /** A surname and a word for the achievements, unique to this test. */
    String surname;
    String word;
    OrganisationView employer;

    @BeforeEach
    void pool() {
        national = accounts.active("xsearch.nat", Role.NATIONAL_ADMIN, null);
        long n = System.nanoTime();
        parent = "SRCH_P" + n % 1_000_000_000L;
        subA = "SRCH_A" + n % 1_000_000_000L;
        subB = "SRCH_B" + n % 1_000_000_000L;
        TestAccounts.as(national, () -> categories.add(parent, "LAW", "检索测试" + parent, null));
        TestAccounts.as(national, () -> categories.add(subA, parent, "检索子类甲" + subA, null));
        TestAccounts.as(national, () -> categories.add(subB, parent, "检索子类乙" + subB, null));
        surname = unique(n, 4);
        word = "量子" + unique(n / 7, 3);
        employer = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                "知识产权研究院" + n % 1_000_000, "ENTERPRISE", TestIdentities.creditCode(), "440100", "72")));
    }

    @Test
    void partOfAChineseNameAndAWordOfTheAchievementsFindTheExpert() {
        long expert = appoint(surname + "明远", "440100", Set.of(subA), Set.of("G06"), "长期从事" + word + "通信专利分析");
        appoint(surname + "子衡", "320100", Set.of(subB), Set.of("H04"), "商标审查");

        ExpertHits byName = TestAccounts.as(national, () -> search.search(ExpertCriteria.text(surname + "明"), 0, 20));
        assertThat(byName.rows()).extracting(ExpertCard::id).containsExactly(expert);
        ExpertCard card = byName.rows().get(0);
        assertThat(card.name()).isEqualTo(surname + "明远");
        assertThat(card.employerName()).isEqualTo(employer.name());
        assertThat(card.categories()).containsExactly(subA);
        assertThat(card.ipcClasses()).containsExactly("G06");

        ExpertHits bySurname = TestAccounts.as(national, () -> search.search(ExpertCriteria.text(surname), 0, 20));
        assertThat(bySurname.total()).isEqualTo(2);

        ExpertHits byAchievement = TestAccounts.as(national, () -> search.search(ExpertCriteria.text(word), 0, 20));
        assertThat(byAchievement.rows()).extracting(ExpertCard::id).containsExactly(expert);

        // the registry renames the talent: the sweep copies the new name onto the expert and replaces its document
        long talentId = TestAccounts.as(national, () -> experts.get(expert).talentId());
        TalentView talent = TestAccounts.as(national, () -> talents.get(talentId));
        String identity = TestAccounts.as(national, () -> talents.sensitive(talentId).identityNumber());
        TestAccounts.as(national, () -> talents.update(talentId, talent.version(), input(surname + "新名", identity,
                "440100"), Talent.Source.MANUAL));
        names.scheduledRun();
        ExpertHits renamed = TestAccounts.as(national, () -> search.search(ExpertCriteria.text(surname + "新名"), 0,
                20));
        assertThat(renamed.rows()).extracting(ExpertCard::name).containsExactly(surname + "新名");
    }

    @Test
    void aTalentMergeCopiesTheSurvivorsNameOntoTheMovedExpert() {
        long expert = appoint(surname + "重复", "440100", Set.of(subA), Set.of("G06"), word);
        long duplicateId = TestAccounts.as(national, () -> experts.get(expert).talentId());
        TalentView survivor = TestAccounts.as(national, () -> talents.create(input(surname + "存续",
                TestIdentities.identity("440100", true), "440100"), Talent.Source.MANUAL));
        TestAccounts.as(national, () -> {
            merge.merge(survivor.id(), duplicateId);
            return null;
        });
        assertThat(TestAccounts.as(national, () -> experts.get(expert).talentId())).isEqualTo(survivor.id());
        ExpertHits found = TestAccounts.as(national, () -> search.search(ExpertCriteria.text(surname + "存续"), 0,
                20));
        assertThat(found.rows()).extracting(ExpertCard::id).containsExactly(expert);
        assertThat(TestAccounts.as(national, () -> search.search(ExpertCriteria.text(surname + "重复"), 0, 20))
                .total()).isZero();
    }

    @Test
    void facetsCountEveryMatchAndACategoryCountsItsSubCategoriesOnce() {
        appoint(surname + "甲一", "440100", Set.of(subA), Set.of("G06"), word);
        appoint(surname + "乙一", "440300", Set.of(subB), Set.of("G06", "H04"), word);
        appoint(surname + "甲乙", "320100", Set.of(subA, subB), Set.of("A61"), word);
        appoint(surname + "父类", "110000", Set.of(parent), Set.of("H04"), word);

        ExpertHits all = TestAccounts.as(national, () -> search.search(
                new ExpertCriteria(null, parent, null, null, null, null, null, null), 0, 20));
        assertThat(all.total()).isEqualTo(4);
        assertThat(counts(all, Facet.CATEGORY)).containsEntry(parent, 4L).containsEntry(subA, 2L)
                .containsEntry(subB, 2L).containsEntry("LAW", 4L);
        assertThat(counts(all, Facet.IPC_SECTION)).containsEntry("G", 2L).containsEntry("H", 2L)
                .containsEntry("A", 1L);
        assertThat(counts(all, Facet.IPC_CLASS)).containsEntry("G06", 2L).containsEntry("H04", 2L);
        assertThat(counts(all, Facet.PROVINCE)).containsEntry("440000", 2L).containsEntry("320000", 1L)
                .containsEntry("110000", 1L);
        assertThat(counts(all, Facet.STATUS)).containsEntry("APPOINTED", 4L);
        assertThat(counts(all, Facet.DUTY)).containsEntry("MEDIATOR", 4L);

        ExpertHits narrowed = TestAccounts.as(national, () -> search.search(
                new ExpertCriteria(word, subA, "G", null, "mediator", "440000", "APPOINTED", "name"), 0, 20));
        assertThat(narrowed.rows()).extracting(ExpertCard::name).containsExactly(surname + "甲一");
    }

    @Test
    void theFacetsCountedFromTheIndexAreTheEnginesOwnAggregation() {
        appoint(surname + "甲一", "440100", Set.of(subA), Set.of("G06"), "专利" + word);
        appoint(surname + "乙一", "440300", Set.of(subB), Set.of("G06", "H04"), "商标" + word);
        appoint(surname + "甲乙", "320100", Set.of(subA, subB), Set.of("A61"), "专利 商标");
        KeywordCounts counter = KeywordCounts.of(entityManagerFactory).orElseThrow();
        List<ExpertCriteria> asked = List.of(ExpertCriteria.text(null), ExpertCriteria.text("专利"),
                ExpertCriteria.text(surname), ExpertCriteria.text(word + " -商标"), ExpertCriteria.text("\"专利\""),
                new ExpertCriteria(null, parent, "G", null, null, "440000", "APPOINTED", null),
                new ExpertCriteria("专利", "LAW", null, "G06", "MEDIATOR", null, null, null));
        for (RegionScope scope : List.of(RegionScope.national(), RegionScope.of("440000"), RegionScope.nothing())) {
            for (ExpertCriteria c : asked) {
                Map<Facet, Map<String, Long>> engine = engineCounts(c, scope);
                Map<Facet, Map<String, Long>> counted = ExpertSearch.facetCounts(counter, c, scope);
                // the same pass gives the list's total, which the engine no longer counts
                assertThat(ExpertSearch.count(counter, c, scope).matches()).as("total of %s in %s", c, scope)
                        .isEqualTo(engineTotal(c, scope));
                for (Facet facet : Facet.values()) {
                    // the most frequent values, each with the engine's count (the other tests' values may pass the
                    // facet's limit)
                    int limit = facet == Facet.IPC_CLASS ? 200 : 100;
                    assertThat(counted.get(facet)).as("%s of %s in %s", facet, c, scope)
                            .hasSize(Math.min(limit, engine.get(facet).size()))
                            .allSatisfy((value, count) -> assertThat(count).isEqualTo(engine.get(facet).get(value)));
                    long least = counted.get(facet).values().stream().mapToLong(Long::longValue).min().orElse(0);
                    assertThat(engine.get(facet).values()).filteredOn(count -> count > least)
                            .hasSizeLessThanOrEqualTo(counted.get(facet).size());
                }
            }
        }
        assertThat(engineCounts(ExpertCriteria.text(surname), RegionScope.national()).get(Facet.CATEGORY))
                .containsEntry(subA, 2L).containsEntry(subB, 2L).containsEntry(parent, 3L);
    }

    /** The engine's own exact count of the matches. */
    private long engineTotal(ExpertCriteria c, RegionScope scope) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(Expert.class).where(f -> ExpertSearch.predicate(f, c, scope))
                    .fetchTotalHitCount();
        }
    }

    /** The counts of Hibernate Search's terms aggregation, which any backend computes. */
    private Map<Facet, Map<String, Long>> engineCounts(ExpertCriteria c, RegionScope scope) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            var query = Search.session(entityManager).search(Expert.class).where(f -> ExpertSearch.predicate(f, c,
                    scope));
            Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
                keys.put(facet, AggregationKey.of(facet.name()));
                query = query.aggregation(keys.get(facet), f -> f.terms().field(switch (facet) {
                    case CATEGORY -> "category";
                    case IPC_SECTION -> "ipcSection";
                    case IPC_CLASS -> "ipcClass";
                    case DUTY -> "duty";
                    case PROVINCE -> "province";
                    case STATUS -> "status";
                }, String.class).maxTermCount(1000));
            }
            var result = query.fetch(0);
            Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
            keys.forEach((facet, key) -> counts.put(facet, new java.util.HashMap<>(result.aggregation(key))));
            return counts;
        }
    }

    @Test
    void aProvincialAdministratorNeverSeesAnotherProvincesExpertEvenThroughAStaleIndex() {
        long inGuangdong = appoint(surname + "粤籍", "440100", Set.of(subA), Set.of("G06"), word);
        long inJiangsu = appoint(surname + "苏籍", "320100", Set.of(subA), Set.of("G06"), word);
        UserSummary guangdong = accounts.active("xsearch.gd", Role.PROVINCIAL_ADMIN, "440000");

        ExpertHits fresh = TestAccounts.as(guangdong, () -> search.search(ExpertCriteria.text(surname), 0, 20));
        assertThat(fresh.rows()).extracting(ExpertCard::id).containsExactly(inGuangdong);
        assertThat(fresh.total()).isEqualTo(1);

        // the expert moves to Jiangsu behind the index's back: the index still places it in Guangdong
        jdbc.update("update expert set region_code = '320100', province_code = '320000' where id = ?", inGuangdong);
        ExpertHits stale = TestAccounts.as(guangdong, () -> search.search(ExpertCriteria.text(surname), 0, 20));
        assertThat(stale.rows()).extracting(ExpertCard::id).doesNotContain(inGuangdong, inJiangsu);

        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(guangdong.id(), "test").token();
        Http.Response api = http.get("/api/v1/experts?q=" + encode(surname), "Authorization", token);
        assertThat(api.status()).isEqualTo(200);
        for (JsonNode hit : api.json().get("content")) {
            assertThat(hit.get("id").asLong()).isNotIn(inGuangdong, inJiangsu);
        }
    }

    @Test
    void badPagingSortAndFiltersAreRefusedInWords() {
        Http http = new Http(port);
        String token = "Bearer " + tokens.issue(national.id(), "test").token();
        Http.Response bad = http.get("/api/v1/experts?size=500&sort=salary&status=RETIRED&ipcClass=Z9&category=NONE",
                "Authorization", token, "Accept-Language", "en");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("The page size must be from 1 to 100", "Cannot sort by \\\"salary\\\"",
                "There is no status \\\"RETIRED\\\"", "is not an IPC class", "no expert category");
        Http.Response negative = http.get("/api/v1/experts?page=-1", "Authorization", token, "Accept-Language",
                "zh-CN");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("页码从 0 开始");
        Http.Response deep = http.get("/api/v1/experts?page=600&size=20", "Authorization", token);
        assertThat(deep.status()).isEqualTo(400);
        Http.Response fine = http.get("/api/v1/experts?q=" + encode(surname) + "&sort=name&size=5", "Authorization",
                token);
        assertThat(fine.status()).isEqualTo(200);
        assertThat(fine.json().get("facets").has("CATEGORY")).isTrue();

        assertThatThrownBy(() -> TestAccounts.as(national, () -> search.search(
                new ExpertCriteria("专".repeat(101), null, null, null, "NOBODY", "44", null, null), 0, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("q", "duty", "region", "size"));
    }

    @Test
    void thePageShowsTheCardsWithFacetsInChineseAndEnglish() {
        long expert = appoint(surname + "页面", "440100", Set.of(subA), Set.of("G06"), word);
        Http http = new Http(port);
        http.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        Http.Response zh = http.get("/experts?q=" + encode(surname), "Accept-Language", "zh-CN");
        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.body()).contains("专家库", surname + "页面", "/experts/" + expert, employer.name(), "检索子类甲",
                "IPC 部", "/experts/new", "/experts/draws/new", "共 1 名专家");
        Http.Response en = http.get("/experts?q=" + encode(surname) + "&category=" + subA + "&lang=en");
        assertThat(en.body()).contains("Expert pool", "1 experts", "Mediator", "Not evaluated yet", "Category");
        Http.Response refused = http.get("/experts?sort=salary", "Accept-Language", "en");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Cannot sort by");
    }

    private static Map<String, Long> counts(ExpertHits hits, Facet facet) {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (FacetCount count : hits.facets().get(facet)) {
            counts.put(count.code(), count.count());
        }
        return counts;
    }

    private long appoint(String name, String region, Set<String> categoryCodes, Set<String> ipc, String achievements) {
        TalentView talent = TestAccounts.as(national, () -> talents.create(input(name,
                TestIdentities.identity(region, true), region), Talent.Source.MANUAL));
        LocalDate starts = LocalDate.now().minusMonths(1);
        return TestAccounts.as(national, () -> experts.appoint(new Appointment(talent.id(), starts,
                starts.plusYears(3), new ExpertProfile(categoryCodes, ipc, Set.of(Duty.MEDIATOR), "英语",
                        Availability.AVAILABLE, achievements)))).id();
    }

    private TalentInput input(String name, String identity, String region) {
        return new TalentInput(name, null, null, identity, null, null, "MASTER", "LAW", null, employer.name(),
                employer.creditCode(), region, "72", List.of("PROT_TECH_INVESTIGATOR"), null, null, null, null);
    }

    private static String unique(long seed, int length) {
        StringBuilder s = new StringBuilder();
        long v = Math.abs(seed);
        for (int i = 0; i < length; i++) {
            s.append(CHARS.charAt((int) (v % CHARS.length())));
            v /= CHARS.length();
        }
        return s.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
