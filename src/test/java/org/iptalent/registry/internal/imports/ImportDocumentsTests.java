package org.iptalent.registry.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.search.PendingImports;
import org.iptalent.registry.internal.search.SearchIndexer;
import org.iptalent.registry.internal.search.TalentSearch;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.internal.ImportInternals;
import org.iptalent.support.Http;
import org.iptalent.support.ImportJobs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An import writes its new talents' search documents while it merges, from the rows in memory: they say what the
 * database will say, they stay out of every search until the import commits, and a failed import leaves none.
 */
@PlatformTest
class ImportDocumentsTests {

    static final List<String> HEADER = List.of("姓名", "身份证号码", "性别", "手机号码", "学历", "学科背景", "专业",
            "工作单位", "统一社会信用代码", "行政区划代码", "行业代码", "人才类别", "职务", "资格类型", "资格证书编号");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.iptalent.identity.internal.ApiTokens tokens;
    @Autowired
    TalentSearch search;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    PendingImports pendingImports;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    Http http;
    UserSummary officer;
    String auth;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        officer = accounts.active("docs.admin", Role.PROVINCIAL_ADMIN, "320000");
        auth = "Bearer " + tokens.issue(officer.id(), "import").token();
    }

    @Test
    void documentsWrittenAheadSayWhatTheDatabaseSays() throws Exception {
        String marker = "档" + Long.toString(System.nanoTime(), 36);
        String code = TestIdentities.creditCode();
        // an employer already registered under a full-width spelling: the row's half-width one resolves to it
        jdbc.update("insert into organisation (name, type, region_code, verified, version, created_at, updated_at) "
                + "values (?, 'ENTERPRISE', '320100', true, 0, now(), now())", "南京" + marker + "（集团）有限公司");
        JsonNode job = ImportJobs.run(http, auth, "talents.csv", Spreadsheets.csv(HEADER, List.of(
                List.of("甲" + marker, TestIdentities.identity("320106", true), "", "13912345678", "硕士研究生", "理工科",
                        "机械工程", "南京" + marker + "(集团)有限公司", "", "320100", "73", "专利代理师、知识产权信息服务人员",
                        "部门经理", "专利代理师资格", "Z-1"),
                List.of("乙" + marker, TestIdentities.identity("320206", false), "女", "", "", "", "", "无锡" + marker + "所",
                        code, "320200", "", "APP_ENTERPRISE_MANAGER", "", "", "")),
                StandardCharsets.UTF_8, true));
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("importedRows").asInt()).isEqualTo(2);
        List<Long> ids = jdbc.queryForList("select id from talent where name like ? order by name", Long.class,
                "%" + marker);
        assertThat(ids).hasSize(2);

        Map<String, List<Object>> written = document(ids, marker);
        assertThat(written.get("employerName")).containsExactly("无锡" + marker + "所", "南京" + marker + "（集团）有限公司");
        indexer.replace(ids);
        assertThat(document(ids, marker)).as("rebuilt from the database").isEqualTo(written);
    }

    @Test
    void aFailedImportLeavesNoDocumentBehind() throws Exception {
        String marker = "败" + Long.toString(System.nanoTime(), 36);
        List<List<String>> rows = new ArrayList<>();
        // one row over the limit: the first 5,000 are merged and their documents written before the file fails
        for (int i = 0; i <= ImportInternals.maxRows(context); i++) {
            rows.add(List.of("败" + i + marker, TestIdentities.identity("320106", i % 2 == 0), "", "", "", "", "", "",
                    "", "320100", "", "专利代理师", "", "", ""));
        }
        JsonNode job = ImportJobs.run(http, auth, "many.csv", Spreadsheets.csv(HEADER, rows, StandardCharsets.UTF_8,
                false));
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failureCode").asString()).isEqualTo("import.file.tooManyRows");
        long id = job.get("id").asLong();
        assertThat(rawDocuments(f -> f.match().field("importJob").matching(id))).as("documents of the failed import")
                .isZero();
        assertThat(pendingImports.all()).doesNotContain(id);
        assertThat(TestAccounts.as(officer, () -> search.search(TalentCriteria.text(marker), 0, 10).total())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from talent where name like ?", Long.class, "%" + marker))
                .isZero();
    }

    @Test
    void documentsOfAnImportNotYetCommittedAreInNoSearch() throws Exception {
        String marker = "隐" + Long.toString(System.nanoTime(), 36);
        JsonNode job = ImportJobs.run(http, auth, "talents.csv", Spreadsheets.csv(HEADER, List.of(
                List.of("丙" + marker, TestIdentities.identity("320106", true), "", "", "", "", "", "", "", "320100", "",
                        "专利代理师", "", "", "")), StandardCharsets.UTF_8, false));
        long id = job.get("id").asLong();
        assertThat(TestAccounts.as(officer, () -> search.search(TalentCriteria.text(marker), 0, 10).total())).isOne();

        // as while the import's transaction is open: the documents are written, the rows not yet committed
        pendingImports.open(id);
        try {
            var hits = TestAccounts.as(officer, () -> search.search(TalentCriteria.text(marker), 0, 10, true));
            assertThat(hits.total()).isZero();
            assertThat(hits.rows()).isEmpty();
            assertThat(rawDocuments(f -> f.match().field("importJob").matching(id))).isOne();
        } finally {
            pendingImports.closed(id);
        }
        assertThat(TestAccounts.as(officer, () -> search.search(TalentCriteria.text(marker), 0, 10).total())).isOne();
    }

    /** What the index holds for these talents: every projectable field, and which filters each one matches. */
    private Map<String, List<Object>> document(List<Long> ids, String marker) {
        Map<String, List<Object>> fields = new LinkedHashMap<>();
        for (String field : List.of("name_sort", "gender", "identityMasked", "mobileMasked", "education", "regionCode",
                "position_keyword", "status", "employerName", "categoryCodes")) {
            fields.put(field, project(ids, field));
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("provinceCode", "320000");
        filters.put("cityCode", "320100");
        filters.put("industryCode", "73");
        filters.put("discipline", "SCIENCE_ENGINEERING");
        filters.put("categories.team", "PUBLIC_SERVICE");
        filters.put("categories.category", "APP_PATENT_AGENT");
        filters.put("qualifications.type", "PATENT_AGENT");
        filters.put("importJob", jdbc.queryForObject("select last_import_id from talent where id = ?", Long.class,
                ids.get(0)));
        filters.put("updated", jdbc.queryForObject("select updated_at from talent where id = ?",
                java.sql.Timestamp.class, ids.get(0)).toInstant());
        filters.forEach((field, value) -> fields.put(field, List.of(rawDocuments(f -> f.bool()
                .must(f.id().matchingAny(ids)).must(f.match().field(field).matching(value))))));
        fields.put("text", List.of(rawDocuments(f -> f.bool().must(f.id().matchingAny(ids))
                .must(f.simpleQueryString().field("text_bigram").matching("机械工程 部门经理")))));
        return fields;
    }

    private List<Object> project(List<Long> ids, String field) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return Search.session(em).search(Talent.class).select(f -> f.field(field, Object.class))
                    .where(f -> f.id().matchingAny(ids)).sort(f -> f.field("name_sort")).fetchAllHits();
        }
    }

    /** Documents the index holds, searched without the platform's filters. */
    private long rawDocuments(Function<SearchPredicateFactory, PredicateFinalStep> predicate) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return Search.session(em).search(Talent.class).where(f -> predicate.apply(f)).fetchTotalHitCount();
        }
    }
}
