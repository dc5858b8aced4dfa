package org.iptalent.analytics.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.Pdfs;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual statistical report over seeded data of a year nobody else uses: its figures equal direct counts of the
 * tables; its PDF has the Chinese headings, the figures, charts and the embedded CJK font; its workbook the same
 * tables; a draft is the national administrators' only, a published report anyone's and immutable; a year without
 * history refused in Chinese and English.
 */
@PlatformTest
class AnnualReportTests {

    private static final Logger log = LoggerFactory.getLogger(AnnualReportTests.class);
    private static final String YEAR = String.valueOf(AnnualReportSeed.YEAR);
    /** The end of the report's year in China's time: who was registered and not gone by then counts. */
    private static final String END = (AnnualReportSeed.YEAR + 1) + "-01-01 00:00:00+08";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SnapshotStore store;
    @Autowired
    List<IndicatorSource> sources;
    @Autowired
    AnnualReports reports;
    @Autowired
    ReportTables tables;

    @Test
    void theNationalOfficeDraftsAReportWhoseFiguresAreTheTablesCountsAndPublishesIt() throws Exception {
        UserSummary national = accounts.active("annual.nat", Role.NATIONAL_ADMIN, null);
        UserSummary province = accounts.active("annual.gx", Role.PROVINCIAL_ADMIN, AnnualReportSeed.GUANGXI);
        String token = "Bearer " + tokens.issue(national.id(), "test").token();
        String provinceToken = "Bearer " + tokens.issue(province.id(), "test").token();
        AnnualReportSeed.talents(jdbc);
        AnnualReportSeed.demand(jdbc);
        AnnualReportSeed.december(store, sources);
        Http http = new Http(port);

        // a province may neither draft nor read a draft
        assertThat(http.postJson("/api/v1/annual-reports/" + YEAR, "", "Authorization", provinceToken).status())
                .isEqualTo(403);
        Http.Response drafted = http.postJson("/api/v1/annual-reports/" + YEAR, "", "Authorization", token);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        assertThat(drafted.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(drafted.json().get("month").asString()).isEqualTo(YEAR + "-12");
        int reviewed = drafted.json().get("version").asInt();
        // the gap's supply as the supply-versus-demand map counts it: active talents, not merged, when drafted
        long activeProtection = active(" and exists (select 1 from talent_category c where c.talent_id = t.id"
                + " and c.team = 'PROTECTION')");
        long activeYunnan = active(" and t.province_code = '" + AnnualReportSeed.YUNNAN + "'");

        AnnualFigures figures = reports.find(AnnualReportSeed.YEAR).orElseThrow().figures();
        long total = count("");
        long guangxi = count(" and t.region_code like '45%'");
        long protection = count(" and exists (select 1 from talent_category c where c.talent_id = t.id"
                + " and c.team = 'PROTECTION')");
        long masters = count(" and t.education = 'MASTER'");
        long demand = jdbc.queryForObject("select sum(headcount) from demand_report where survey_year = ? "
                + "and horizon = 'NOW'", Long.class, AnnualReportSeed.YEAR);
        assertThat(total).isGreaterThanOrEqualTo(7);
        assertThat(value(figures, "totals", "analytics.annual.source.registry.talents", 0)).isEqualTo(total);
        assertThat(value(figures, "regions", AnnualReportSeed.GUANGXI, 0)).isEqualTo(guangxi);
        assertThat(value(figures, "teams", "PROTECTION", 0)).isEqualTo(protection);
        assertThat(value(figures, "education", "MASTER", 0)).isEqualTo(masters);
        assertThat(figures.section("demandTeams").orElseThrow().rows().stream()
                .mapToLong(r -> r.values().get(0).longValue()).sum()).isEqualTo(demand).isEqualTo(17);
        // the gap is demand less supply (the map's: active talents now, the one registered in the next year too, the
        // one who left not); the previous year has no history, so no value
        assertThat(value(figures, "demandTeams", "PROTECTION", 1)).isEqualTo(activeProtection);
        assertThat(value(figures, "demandTeams", "PROTECTION", 2)).isEqualTo(12 - activeProtection);
        assertThat(value(figures, "demandRegions", AnnualReportSeed.YUNNAN, 1)).isEqualTo(activeYunnan);
        assertThat(figures.supplyCountedOn()).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .toString());
        assertThat(figures.section("totals").orElseThrow().rows().get(0).values().get(1)).isNull();
        // the reference data's names are frozen with the figures in both languages, the bundles' words are not
        AnnualFigures.Row protectionRow = row(figures, "teams", "PROTECTION");
        assertThat(protectionRow.chinese()).isEqualTo("知识产权保护人才队伍");
        assertThat(protectionRow.english()).isNotBlank().isNotEqualTo(protectionRow.chinese());
        assertThat(row(figures, "regions", AnnualReportSeed.GUANGXI).english()).startsWith("Guangxi");
        assertThat(row(figures, "education", "MASTER").chinese()).isNotBlank();
        assertThat(figures.section("totals").orElseThrow().rows().get(0).chinese()).isNull();
        // and rendered as frozen: a term renamed since changes no report; one drafted before names were frozen
        // (none kept) is named as the reference data names it now
        AnnualFigures renamed = new AnnualFigures(figures.year(), figures.month(), null, List.of(
                new AnnualFigures.Section("teams", AnnualFigures.ChartKind.BAR, "analytics.annual.col.team",
                        List.of("analytics.annual.col.year"), List.of(
                                new AnnualFigures.Row(AnnualFigures.LabelKind.TEAM, "PROTECTION", "旧称保护队伍",
                                        "Old protection name", List.of(BigDecimal.ONE)),
                                AnnualFigures.Row.of(AnnualFigures.LabelKind.TEAM, "PROTECTION", BigDecimal.ONE)))));
        assertThat(tables.tables(renamed, java.util.Locale.SIMPLIFIED_CHINESE).get(0).rows())
                .extracting(r -> r.get(0)).containsExactly("旧称保护队伍", "知识产权保护人才队伍");
        assertThat(tables.tables(renamed, java.util.Locale.ENGLISH).get(0).rows().get(0).get(0))
                .isEqualTo("Old protection name");

        // the year's flows from the registry's moves: the talents who joined in Guangxi that year are there
        assertThat(figures.section("flows").orElseThrow().rows()).hasSize(31);
        assertThat(value(figures, "flows", AnnualReportSeed.GUANGXI, 3)).isPositive();
        // the structure counts the same talents as the history: its parts add up to the total
        assertThat(figures.section("age").orElseThrow().rows().stream()
                .mapToLong(r -> r.values().get(0).longValue()).sum()).isEqualTo(total);
        assertThat(value(figures, "qualifications", "PATENT_AGENT", 0)).isEqualTo(jdbc.queryForObject("""
                select count(distinct q.talent_id) from qualification q join talent t on t.id = q.talent_id
                where q.type = 'PATENT_AGENT' and q.verification <> 'REJECTED' and t.merged_into_id is null
                  and t.created_at < ?::timestamptz and (t.left_at is null or t.left_at >= ?::timestamptz)
                  and coalesce(q.issued_on <= ?::date, q.created_at < ?::timestamptz)
                  and (q.expires_on is null or q.expires_on >= ?::date)""", Long.class, END, END,
                YEAR + "-12-31", END, YEAR + "-12-31"));

        // every download of the draft below (two PDFs, a workbook) is an export audited in the administrator's name
        long exported = exports(national.id());
        // the PDF, in Chinese: headings, a figure, charts, the CJK font embedded; timed for the report
        long started = System.nanoTime();
        Binary pdf = binary("/api/v1/annual-reports/" + YEAR + ".pdf", "Authorization", token);
        log.info("Annual report PDF of {} rendered and sent in {} ms ({} bytes)", YEAR,
                (System.nanoTime() - started) / 1_000_000, pdf.body().length);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = Pdfs.text(document);
            assertThat(text).contains(YEAR + "年全国知识产权人才统计年报", "人才总量", "队伍结构", "地区分布", "学历结构",
                    "年龄结构", "需求与缺口（按队伍）", "省际人才流动", "广西壮族自治区", "草稿",
                    "状态为“在岗”的人才（不含已合并的重复记录），与供需地图的口径相同");
            // counts are written with the thousands' comma (1,799): other tests' talents may pass a thousand
            assertThat(text).contains("知识产权人才总数" + String.format(java.util.Locale.ROOT, "%,d", total));
            assertThat(images(document)).isGreaterThanOrEqualTo(5);
            Pdfs.assertCjkFontEmbedded(document.getPage(0));
            Pdfs.keep(document, "annual-report", "report-" + YEAR);
        }
        Binary english = binary("/api/v1/annual-reports/" + YEAR + ".pdf", "Authorization", token,
                "Accept-Language", "en");
        try (PDDocument document = Loader.loadPDF(english.body())) {
            assertThat(Pdfs.text(document)).contains("NationalIPtalentstatistics" + YEAR, "Byteam", "Guangxi");
        }

        // the workbook: the same tables, one sheet each, the same figures
        Binary xlsx = binary("/api/v1/annual-reports/" + YEAR + ".xlsx", "Authorization", token);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSize(figures.sections().size());
            assertThat(sheets.get(0).getName()).isEqualTo("人才总量");
            assertThat(sheets.get(2).getName()).isEqualTo("地区分布");
            assertThat(cell(sheets.get(0), "知识产权人才总数", 1)).isEqualTo(String.valueOf(total));
            assertThat(cell(sheets.get(2), "广西壮族自治区", 1)).isEqualTo(String.valueOf(guangxi));
            assertThat(cell(sheets.get(1), "知识产权保护人才队伍", 1)).isEqualTo(String.valueOf(protection));
            // the national office's draft shows every count, however small
            assertThat(cell(sheets.get(2), "广西壮族自治区", protectionColumn(figures)))
                    .isEqualTo(String.valueOf(value(figures, "regions", AnnualReportSeed.GUANGXI,
                            protectionColumn(figures) - 1)));
        }
        assertThat(exports(national.id()) - exported).isEqualTo(3);

        // a draft is not public: nobody without the national role reads it (404 in the reader's language)
        Http.Response anonymous = http.get("/api/v1/annual-reports/" + YEAR + ".pdf", "Accept-Language", "en");
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.header("Content-Type")).contains("application/problem+json");
        assertThat(http.get("/api/v1/annual-reports/" + YEAR + ".xlsx", "Authorization", provinceToken).status())
                .isEqualTo(404);
        assertThat(http.get("/reports/" + YEAR + ".pdf").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/annual-reports").body()).doesNotContain("\"year\":" + YEAR);

        // drafting again before publication recomputes: a talent added to the year's December changes the total
        AnnualReportSeed.talent(jdbc, AnnualReportSeed.NANNING, AnnualReportSeed.GUANGXI, "MASTER", "LAW", null,
                java.time.OffsetDateTime.of(AnnualReportSeed.YEAR, 6, 1, 0, 0, 0, 0, java.time.ZoneOffset.ofHours(8)),
                null, "PROT_MEDIATOR");
        store.correct("registry.talents", "000000", java.time.YearMonth.of(AnnualReportSeed.YEAR, 12),
                BigDecimal.valueOf(total + 1), "annual report test", national.id());
        assertThat(http.postJson("/api/v1/annual-reports/" + YEAR, "", "Authorization", token).status())
                .isEqualTo(200);
        AnnualFigures redrafted = reports.find(AnnualReportSeed.YEAR).orElseThrow().figures();
        assertThat(value(redrafted, "totals", "analytics.annual.source.registry.talents", 0)).isEqualTo(total + 1);
        assertThat(value(redrafted, "education", "MASTER", 0)).isEqualTo(masters + 1);

        // a publication names the draft reviewed: the one read before the redrafting is refused in words, none is 400
        int current = reports.find(AnnualReportSeed.YEAR).orElseThrow().version();
        assertThat(current).isEqualTo(reviewed + 1);
        Http.Response stale = http.postJson("/api/v1/annual-reports/" + YEAR + "/publication?version=" + reviewed, "",
                "Authorization", token, "Accept-Language", "en");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).contains("application/problem+json");
        assertThat(stale.json().get("detail").asString()).isEqualTo("The statistical report of " + YEAR + " was "
                + "drafted again since you reviewed draft " + reviewed + ": review draft " + current
                + " before publishing it.");
        Http.Response unnamed = http.postJson("/api/v1/annual-reports/" + YEAR + "/publication", "",
                "Authorization", token, "Accept-Language", "zh-CN");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().get("detail").asString()).isEqualTo("发布前须注明所审阅的草稿版本（version，从 1 起的整数）。");
        assertThat(reports.find(AnnualReportSeed.YEAR).orElseThrow().published()).isFalse();

        // published: anyone reads it, and nothing changes it any more
        Http.Response published = http.postJson("/api/v1/annual-reports/" + YEAR + "/publication?version=" + current,
                "", "Authorization", token);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("version").asInt()).isEqualTo(current);
        byte[] before = binary("/api/v1/annual-reports/" + YEAR + ".xlsx").body();
        // the published files hide the provinces' team counts from 1 to 4 (Guangxi's protection team has fewer than
        // five in this test's seed; other tests of the full suite may add to it), with a footnote; the frozen figures
        // keep them
        long guangxiProtection = value(figures, "regions", AnnualReportSeed.GUANGXI, protectionColumn(figures) - 1);
        assertThat(guangxiProtection).isPositive();
        boolean hidden = guangxiProtection < 5;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(before))) {
            Sheet regions = workbook.getSheets().toList().get(2);
            assertThat(cell(regions, "广西壮族自治区", protectionColumn(figures)))
                    .isEqualTo(hidden ? "<5" : String.format("%,d", guangxiProtection));
            assertThat(cell(regions, "广西壮族自治区", 1)).isEqualTo(String.valueOf(guangxi));
            assertThat(regions.read().stream().map(r -> r.getCellText(0)))
                    .anyMatch(text -> text.startsWith("为保护个人信息，各省队伍人数为 1 至 4 人的显示为“<5”"));
        }
        Binary publishedPdf = binary("/api/v1/annual-reports/" + YEAR + ".pdf", "Accept-Language", "en");
        try (PDDocument document = Loader.loadPDF(publishedPdf.body())) {
            assertThat(Pdfs.text(document)).contains("<5", "Toprotectpersonaldata,aprovince'steamcountsfrom1to4");
        }
        // the public downloads of the published report are not audited (anonymous, the kept files)
        long publicExports = exports(null);
        store.correct("registry.talents", "000000", java.time.YearMonth.of(AnnualReportSeed.YEAR, 12),
                BigDecimal.valueOf(total + 50), "annual report test", national.id());
        Http.Response again = http.postJson("/api/v1/annual-reports/" + YEAR, "", "Authorization", token,
                "Accept-Language", "en");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString())
                .isEqualTo("The statistical report of " + YEAR + " is published and cannot change.");
        assertThat(http.postJson("/api/v1/annual-reports/" + YEAR + "/publication", "", "Authorization", token)
                .status()).isEqualTo(409);
        byte[] after = binary("/api/v1/annual-reports/" + YEAR + ".xlsx").body();
        assertThat(sheets(after)).isEqualTo(sheets(before));
        assertThat(value(reports.find(AnnualReportSeed.YEAR).orElseThrow().figures(), "totals",
                "analytics.annual.source.registry.talents", 0)).isEqualTo(total + 1);
        assertThat(binary("/reports/" + YEAR + ".pdf").contentType()).isEqualTo("application/pdf");
        assertThat(http.get("/api/v1/annual-reports").body()).contains("\"year\":" + YEAR);
        Http.Response list = http.get("/reports", "Accept-Language", "zh-CN");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(YEAR + "年全国知识产权人才统计年报", "/reports/" + YEAR + ".xlsx");
        assertThat(binary("/reports/" + YEAR + ".xlsx").status()).isEqualTo(200);
        assertThat(exports(null)).isEqualTo(publicExports);

        // this year is not over: its draft may be previewed, never published
        int thisYear = reports.currentYear();
        jdbc.update("""
                insert into annual_report (year, status, figures, drafted_at, drafted_by)
                select ?, 'DRAFT', figures, now(), drafted_by from annual_report where year = ?
                on conflict (year) do nothing""", thisYear, AnnualReportSeed.YEAR);
        try {
            Http.Response early = http.postJson("/api/v1/annual-reports/" + thisYear + "/publication?version=1", "",
                    "Authorization", token, "Accept-Language", "en");
            assertThat(early.status()).isBetween(400, 422);
            assertThat(early.json().get("detail").asString()).startsWith(thisYear + " is not over yet");
            assertThat(reports.find(thisYear).orElseThrow().published()).isFalse();
        } finally {
            jdbc.update("delete from annual_report where year = ? and status = 'DRAFT'", thisYear);
        }
    }

    @Test
    void aYearWithoutAnyHistoryIsRefusedInWords() {
        UserSummary national = accounts.active("annual.none", Role.NATIONAL_ADMIN, null);
        String token = "Bearer " + tokens.issue(national.id(), "test").token();
        Http http = new Http(port);
        // a year no test has written the talents' history for (another test corrects months of 2003)
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        store.months("registry.talents").forEach(m -> taken.add(m.getYear()));
        String year = String.valueOf(java.util.stream.IntStream.rangeClosed(AnnualReports.FIRST_YEAR, 2020)
                .filter(y -> !taken.contains(y)).findFirst().orElseThrow());
        Http.Response zh = http.postJson("/api/v1/annual-reports/" + year, "", "Authorization", token,
                "Accept-Language", "zh-CN");
        assertThat(zh.status()).isEqualTo(422);
        assertThat(zh.header("Content-Type")).contains("application/problem+json");
        assertThat(zh.json().get("detail").asString())
                .isEqualTo(year + " 年没有任何月度历史数据，无法编制该年度的统计报告。");
        Http.Response en = http.postJson("/api/v1/annual-reports/" + year, "", "Authorization", token,
                "Accept-Language", "en");
        assertThat(en.status()).isEqualTo(422);
        assertThat(en.json().get("detail").asString())
                .isEqualTo("There is no monthly history at all for " + year + ", so no statistical report can be drafted "
                        + "for that year.");
        assertThat(http.get("/api/v1/annual-reports/" + year + ".pdf", "Accept-Language", "en").status())
                .isEqualTo(404);
        Http.Response future = http.postJson("/api/v1/annual-reports/2099", "", "Authorization", token,
                "Accept-Language", "en");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("The year must be between 2000 and");
        assertThat(reports.find(Integer.parseInt(year))).isEmpty();
    }

    /** The audit log's export entries of the report's year: of one account, or everyone's (null). */
    private long exports(Long actor) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and entity_type = "
                + "'AnnualReport' and entity_id = ? and (cast(? as bigint) is null or actor_id = ?)", Long.class, YEAR,
                actor, actor);
    }

    /** Talents active now and not merged, of a condition on {@code t}: the supply-versus-demand map's supply. */
    private long active(String condition) {
        return jdbc.queryForObject("select count(*) from talent t where t.merged_into_id is null "
                + "and t.status = 'ACTIVE'" + condition, Long.class);
    }

    /** Talents registered by the year's end and not gone by then, of a condition on {@code t}. */
    private long count(String condition) {
        return jdbc.queryForObject("select count(*) from talent t where t.merged_into_id is null "
                + "and t.created_at < ?::timestamptz and (t.left_at is null or t.left_at >= ?::timestamptz)"
                + condition, Long.class, END, END);
    }

    /** The workbook's column of the protection team in the table of provinces (the label is column 0). */
    private static int protectionColumn(AnnualFigures figures) {
        return figures.section("regions").orElseThrow().columns().indexOf("analytics.annual.col.team.PROTECTION") + 1;
    }

    private static long value(AnnualFigures figures, String section, String code, int column) {
        return row(figures, section, code).values().get(column).longValue();
    }

    private static AnnualFigures.Row row(AnnualFigures figures, String section, String code) {
        return figures.section(section).orElseThrow().rows().stream().filter(r -> code.equals(r.code()))
                .findFirst().orElseThrow(() -> new AssertionError(code + " not in " + section));
    }

    private static int images(PDDocument document) throws IOException {
        int images = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }

    private static String cell(Sheet sheet, String label, int column) throws IOException {
        for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
            if (label.equals(row.getCellText(0))) {
                return row.getCellText(column);
            }
        }
        throw new AssertionError(label + " not on sheet " + sheet.getName());
    }

    /** Every sheet's name and every row's text. */
    private static List<List<String>> sheets(byte[] xlsx) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                cells.add(List.of(sheet.getName()));
                for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
                    List<String> line = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        line.add(row.getCellText(c));
                    }
                    cells.add(line);
                }
            }
        }
        return cells;
    }

    record Binary(int status, String contentType, byte[] body) {
    }

    private Binary binary(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }
}
