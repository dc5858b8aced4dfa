package org.iptalent.registry.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.iptalent.identity.UserSummary;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentMerge;
import org.iptalent.registry.internal.export.TalentExport;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.internal.ImportInternals;
import org.iptalent.spreadsheet.ExportFormat;
import org.iptalent.support.Http;
import org.iptalent.support.ImportJobs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The search index never holds two documents for one talent, whatever wrote the talent (an import that
 * updates or moves it, a merge, a crash between the commit and the index, a restart); and when the index
 * is stale anyway, nothing outside the user's region leaves the platform, because the database decides.
 */
@PlatformTest
class SearchIndexIntegrityTests {

    static final List<String> HEADER = List.of("姓名", "身份证号码", "行政区划代码", "人才类别", "职务");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.iptalent.identity.internal.ApiTokens tokens;
    @Autowired
    TalentSearch search;
    @Autowired
    TalentExport export;
    @Autowired
    TalentMerge merge;
    @Autowired
    ApplicationContext context;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcTemplate jdbc;

    Http http;
    UserSummary national;
    UserSummary guangdong;
    UserSummary beijing;
    String nationalAuth;
    String guangdongAuth;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        national = accounts.active("idx.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("idx.gd", Role.PROVINCIAL_ADMIN, "440000");
        beijing = accounts.active("idx.bj", Role.PROVINCIAL_ADMIN, "110000");
        nationalAuth = "Bearer " + tokens.issue(national.id(), "index").token();
        guangdongAuth = "Bearer " + tokens.issue(guangdong.id(), "index").token();
    }

    @Test
    void anImportThatMovesATalentReplacesItsDocumentSoTheOldProvinceNoLongerFindsIt() throws Exception {
        String marker = "迁" + Long.toString(System.nanoTime(), 36);
        String identity = TestIdentities.identity("440106", true);
        String other = TestIdentities.identity("440106", false);
        importCsv(List.of(List.of("甲" + marker, identity, "440100", "专利代理师", "工程师"),
                List.of("乙" + marker, other, "440100", "专利代理师", "工程师")));
        assertThat(found(guangdong, marker)).hasSize(2);

        // the same talent, moved to Beijing and promoted, by a second import
        JsonNode moved = importCsv(List.of(List.of("甲" + marker, identity, "110000", "专利代理师", "主任"),
                List.of("乙" + marker, other, "440100", "专利代理师", "主任")));
        assertThat(moved.get("updatedRows").asInt()).isEqualTo(2);

        assertOneDocumentPerTalent(marker, 2);
        assertThat(found(guangdong, marker)).containsExactly("乙" + marker);
        assertThat(found(beijing, marker)).containsExactly("甲" + marker);
    }

    @Test
    void aMergeKeepsOneDocumentPerTalent() throws Exception {
        String marker = "并" + Long.toString(System.nanoTime(), 36);
        importCsv(List.of(List.of("丙" + marker, TestIdentities.identity("440106", true), "440100", "专利代理师", "a"),
                List.of("丙" + marker, TestIdentities.identity("440106", false), "440100", "专利代理师", "b")));
        List<Long> ids = ids(marker);
        TestAccounts.as(national, () -> {
            merge.merge(ids.get(0), ids.get(1));
            return null;
        });
        assertOneDocumentPerTalent(marker, 2);
        assertThat(found(guangdong, marker)).hasSize(1);
    }

    @Test
    void rowsCommittedBeforeACrashAreIndexedAtTheNextStartWithoutRunningTheFileAgain() throws Exception {
        String marker = "崩" + Long.toString(System.nanoTime(), 36);
        JsonNode job = importCsv(List.of(List.of("丁" + marker, TestIdentities.identity("440106", true), "440100",
                "专利代理师", "工程师")));
        long id = job.get("id").asLong();
        // a second run of that job committed a move to Beijing, then the platform died before indexing it
        jdbc.update("update talent set region_code = '110000', province_code = '110000' where name = ?", "丁" + marker);
        jdbc.update("update import_job set status = 'RUNNING', committed_at = now(), finished_at = null, "
                + "imported_rows = 0, updated_rows = 1, unchanged_rows = 0 where id = ?", id);
        assertThat(found(guangdong, marker)).as("the index is stale, the search still narrows by it").isEmpty();

        ImportInternals.resumeInterrupted(context);
        JsonNode resumed = ImportJobs.await(http, nationalAuth, id);
        assertThat(resumed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(resumed.get("updatedRows").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select attempts from import_job where id = ?", Integer.class, id))
                .as("the file was not read again").isEqualTo(1);
        assertOneDocumentPerTalent(marker, 1);
        assertThat(found(beijing, marker)).containsExactly("丁" + marker);
        assertThat(found(guangdong, marker)).isEmpty();
    }

    @Test
    void aRestartRebuildsAnIndexThatDisagreesWithTheDatabase() throws Exception {
        String marker = "重" + Long.toString(System.nanoTime(), 36);
        importCsv(List.of(List.of("戊" + marker, TestIdentities.identity("440106", true), "440100", "专利代理师", "x")));
        long id = ids(marker).get(0);
        // what the old import indexing did: add a second document beside the first
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            var massIndexer = Search.session(em).massIndexer(Talent.class).purgeAllOnStart(false);
            massIndexer.type(Talent.class).reindexOnly("e.id = :id").param("id", id);
            massIndexer.startAndWait();
        }
        assertThat(documents(List.of(id))).isEqualTo(2);

        indexer.run(null);

        assertThat(documents(List.of(id))).isEqualTo(1);
        long rows = jdbc.queryForObject("select count(*) from talent", Long.class);
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            assertThat(Search.session(em).search(Talent.class).where(f -> f.matchAll()).fetchTotalHitCount())
                    .isEqualTo(rows);
        }
    }

    @Test
    void aStaleIndexLetsNoRecordOutsideTheUsersRegionLeave() throws Exception {
        String marker = "漏" + Long.toString(System.nanoTime(), 36);
        importCsv(List.of(List.of("己" + marker, TestIdentities.identity("440106", true), "440100", "专利代理师", "x"),
                List.of("庚" + marker, TestIdentities.identity("440106", false), "440100", "专利代理师", "x")));
        long movedId = ids(marker).get(0);
        // corrupt the index on purpose: the database moves a talent to Beijing behind the index's back
        jdbc.update("update talent set region_code = '110000', province_code = '110000' where id = ?", movedId);
        String moved = jdbc.queryForObject("select name from talent where id = ?", String.class, movedId);

        // the search API and the page's search
        JsonNode page = http.get("/api/v1/talents?q=" + java.net.URLEncoder.encode(marker, StandardCharsets.UTF_8),
                "Authorization", guangdongAuth).json();
        assertThat(page.get("content").findValuesAsString("name")).doesNotContain(moved).hasSize(1);
        assertThat(found(guangdong, marker)).doesNotContain(moved).hasSize(1);
        // the clear-text export a provincial administrator may make
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int rows = TestAccounts.as(guangdong, () -> {
            try {
                return export.write(TalentCriteria.text(marker), ExportFormat.CSV, true, "核对本省人才数据",
                        java.util.Locale.CHINA, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String csv = file.toString(StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(1);
        assertThat(csv).doesNotContain(moved).contains(marker);
        // the profile, by its id
        assertThat(http.get("/api/v1/talents/" + movedId, "Authorization", guangdongAuth).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/talents/" + movedId, "Authorization", nationalAuth).status()).isEqualTo(200);
    }

    private JsonNode importCsv(List<List<String>> rows) throws InterruptedException {
        JsonNode job = ImportJobs.run(http, nationalAuth, "talents.csv",
                Spreadsheets.csv(HEADER, rows, StandardCharsets.UTF_8, true));
        assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(job.get("errorRows").asInt()).isZero();
        return job;
    }

    private List<String> found(UserSummary user, String marker) {
        return TestAccounts.as(user, () -> search.search(TalentCriteria.text(marker), 0, 20)).rows().stream()
                .map(r -> r.name()).toList();
    }

    private List<Long> ids(String marker) {
        return jdbc.queryForList("select id from talent where name like ? order by id", Long.class, "%" + marker);
    }

    /** Each of the marked talents has exactly one document: none missing, none twice. */
    private void assertOneDocumentPerTalent(String marker, int talents) {
        List<Long> ids = ids(marker);
        assertThat(ids).hasSize(talents);
        assertThat(documents(ids)).isEqualTo(talents);
    }

    private long documents(List<Long> ids) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return Search.session(em).search(Talent.class).where(f -> f.id().matchingAny(ids)).fetchTotalHitCount();
        }
    }
}
