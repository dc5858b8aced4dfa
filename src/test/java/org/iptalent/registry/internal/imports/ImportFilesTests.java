package org.iptalent.registry.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.CraftedWorkbooks;
import org.iptalent.spreadsheet.internal.ImportInternals;
import org.iptalent.support.Http;
import org.iptalent.support.ImportJobs;
import org.iptalent.support.MutableClock;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.Spreadsheets;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What an upload may cost and what it leaves behind: a crafted workbook fails its own job while the
 * platform keeps answering, and no upload outlives its job (an error report only its retention period).
 */
@PlatformTest
class ImportFilesTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    org.iptalent.identity.internal.ApiTokens tokens;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    Http http;
    String auth;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        UserSummary officer = accounts.active("files.zj", Role.PROVINCIAL_ADMIN, "330000");
        auth = "Bearer " + tokens.issue(officer.id(), "files").token();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWorkbookWithOneGigabyteSharedStringFailsItsJobWhileThePlatformKeepsAnswering() throws Exception {
        // the attack: 1.2 GiB of one string once inflated; the directory declares 150 MB, a ratio under the limit
        byte[] file = CraftedWorkbooks.oneHugeSharedString(1_200L * 1024 * 1024, 150_000_000);
        assertThat(file.length).isLessThan(12 * 1024 * 1024);
        var upload = http.upload("/api/v1/talent-imports", "人才.xlsx", file, "Authorization", auth);
        assertThat(upload.status()).isEqualTo(202);
        JsonNode job = ImportJobs.await(http, auth, upload.json().get("id").asLong());
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failureCode").asString()).isEqualTo("import.file.cellTooLarge");
        assertThat(http.get("/api/v1/talents", "Authorization", auth).status()).isEqualTo(200);
        assertThat(http.get("/talent-imports", "Authorization", auth).status()).isLessThan(500);
    }

    @Test
    void aSheetThatInflatesFarBeyondWhatItDeclaresIsStoppedByTheBytesActuallyInflated() throws Exception {
        // the directory says 9 MB; the sheet really inflates to about 300 MB (the attack's was 5 GiB)
        byte[] file = CraftedWorkbooks.sheetLyingAboutItsSize(1_200_000, 9_000_000);
        var upload = http.upload("/api/v1/talent-imports", "bomb.xlsx", file, "Authorization", auth);
        assertThat(upload.status()).as("the declared sizes look harmless").isEqualTo(202);
        JsonNode job = ImportJobs.await(http, auth, upload.json().get("id").asLong());
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("failureCode").asString()).isEqualTo("import.file.zipBomb");
    }

    @Test
    void anEntityDeclarationPastTheFirstKilobytesIsRefused() throws Exception {
        var upload = http.upload("/api/v1/talent-imports", "late.xlsx", CraftedWorkbooks.lateDoctype(),
                "Authorization", auth);
        assertThat(upload.status()).isEqualTo(202);
        JsonNode job = ImportJobs.await(http, auth, upload.json().get("id").asLong());
        assertThat(job.get("failureCode").asString()).isEqualTo("import.file.xmlEntities");
    }

    @Test
    void anUploadIsDeletedWhenItsJobEndsAndItsErrorReportAfterTheRetentionPeriod() throws Exception {
        byte[] file = Spreadsheets.csv(List.of("姓名", "身份证号码", "行政区划代码", "人才类别"), List.of(
                List.of("褚" + System.nanoTime(), TestIdentities.identity("330106", true), "330100", "专利代理师"),
                List.of("卫" + System.nanoTime(), "330106199001011233", "330100", "专利代理师")),
                StandardCharsets.UTF_8, false);
        var upload = http.upload("/api/v1/talent-imports", "人才.csv", file, "Authorization", auth);
        long id = upload.json().get("id").asLong();
        JsonNode job = ImportJobs.await(http, auth, id);
        assertThat(job.get("errorRows").asInt()).isEqualTo(1);
        Path stored = Path.of(jdbc.queryForObject("select stored_file from import_job where id = ?", String.class,
                id));
        assertThat(stored).as("the upload holds full identity numbers").doesNotExist();
        Path report = Path.of(jdbc.queryForObject("select error_report from import_job where id = ?", String.class,
                id));
        assertThat(report).exists();

        clock.advance(Duration.ofDays(6));
        ImportInternals.sweep(context);
        assertThat(report).as("kept for the uploader to correct").exists();
        assertThat(http.get("/api/v1/talent-imports/" + id + "/errors", "Authorization", auth).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(2));
        ImportInternals.sweep(context);
        assertThat(report).doesNotExist();
        JsonNode expired = http.get("/api/v1/talent-imports/" + id, "Authorization", auth).json();
        assertThat(expired.get("errorReportUrl").isNull()).isTrue();
        assertThat(expired.get("errorReportExpired").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/talent-imports/" + id + "/errors", "Authorization", auth).status()).isEqualTo(404);
    }

    @Test
    void aFailedJobKeepsNoFileAndTheSweepRemovesWhatAnOlderVersionLeft() throws Exception {
        var upload = http.upload("/api/v1/talent-imports", "x.csv", Spreadsheets.csv(List.of("姓名", "职务"),
                List.of(List.of("张三", "主任")), StandardCharsets.UTF_8, false), "Authorization", auth);
        long id = upload.json().get("id").asLong();
        assertThat(ImportJobs.await(http, auth, id).get("status").asString()).isEqualTo("FAILED");
        assertThat(Path.of(jdbc.queryForObject("select stored_file from import_job where id = ?", String.class, id)))
                .doesNotExist();

        Files.createDirectories(ImportInternals.directory(context));
        Path leftOver = Files.writeString(ImportInternals.directory(context).resolve("left-by-an-old-version.upload"), "身份证号码");
        Files.setLastModifiedTime(leftOver, FileTime.from(Instant.now().minus(Duration.ofDays(30))));
        Path fresh = Files.writeString(ImportInternals.directory(context).resolve("being-uploaded-now.upload"), "x");
        ImportInternals.sweep(context);
        assertThat(leftOver).doesNotExist();
        assertThat(fresh).as("may belong to a job being created").exists();
        Files.delete(fresh);
    }
}
