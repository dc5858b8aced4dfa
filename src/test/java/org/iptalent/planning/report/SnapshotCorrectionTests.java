package org.iptalent.planning.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national office corrects a computed indicator's month: the month's value becomes the correction's, the row the
 * job took is still there beneath it, the correction is audited; the indicator's page shows both rows. Nobody else
 * corrects, a reported indicator has nothing to correct, and a correction without its reason is refused.
 */
@PlatformTest
class SnapshotCorrectionTests {

    /** A source and region no other test reads, so a correction changes no one else's numbers. */
    private static final String SOURCE = "training.publicity-staff-trained";
    private static final String CODE = "publicity-staff-trained";
    private static final String REGION = "650000";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    SnapshotCorrections corrections;
    @Autowired
    SnapshotStore store;
    @Autowired
    JdbcTemplate jdbc;

    ReportFixtures fixtures;
    UserSummary national;

    @BeforeEach
    void data() {
        fixtures = new ReportFixtures(context);
        national = accounts.active("corr.nat", Role.NATIONAL_ADMIN, null);
    }

    @Test
    void aCorrectionIsANewRowOnTopAndTheMonthsValueChanges() {
        long plan = fixtures.plan(national);
        YearMonth month = YearMonth.of(2003, 4);
        store.take(SOURCE, month, Map.of(REGION, new BigDecimal("40")), SnapshotStore.Kind.SNAPSHOT);
        List<Long> before = rowIds(month);
        assertThat(before).isNotEmpty();
        BigDecimal taken = store.valueOf(SOURCE, REGION, month);

        long id = TestAccounts.as(national, () -> corrections.correct(plan, CODE,
                new Correction(REGION, month, new BigDecimal("47"), "漏计一期宣传培训班（新疆 2003 年 4 月）")));

        assertThat(store.valueOf(SOURCE, REGION, month)).isEqualByComparingTo("47");
        assertThat(rowIds(month)).as("every earlier row is still there, the correction on top")
                .containsAll(before).hasSize(before.size() + 1).last().isEqualTo(id);
        assertThat(jdbc.queryForObject("select value from indicator_snapshot where id = ?", BigDecimal.class,
                before.get(before.size() - 1))).isEqualByComparingTo(taken);
        assertThat(jdbc.queryForObject("select kind || ':' || reason from indicator_snapshot where id = ?",
                String.class, id)).isEqualTo("CORRECTION:漏计一期宣传培训班（新疆 2003 年 4 月）");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'IndicatorSnapshot' "
                + "and entity_id = ? and detail_key = 'planning.correction.audit.recorded' and region_code = ?",
                Long.class, String.valueOf(id), REGION)).isOne();
    }

    @Test
    void aValueInTenThousandsIsKeptInPersons() {
        long plan = fixtures.plan(national);
        YearMonth month = YearMonth.of(2003, 5);
        store.take("registry.talents", month, Map.of("650100", new BigDecimal("11000")), SnapshotStore.Kind.BACKFILL);
        long id = TestAccounts.as(national, () -> corrections.correct(plan, "ip-talents",
                new Correction("650100", month, new BigDecimal("1.25"), "测试：单位换算")));
        assertThat(jdbc.queryForObject("select value from indicator_snapshot where id = ?", BigDecimal.class, id))
                .isEqualByComparingTo("12500");
    }

    @Test
    void onlyTheNationalOfficeCorrectsAComputedIndicatorWithAReason() {
        long plan = fixtures.plan(national);
        UserSummary xinjiang = accounts.active("corr.xj", Role.PROVINCIAL_ADMIN, REGION);
        YearMonth month = YearMonth.of(2003, 6);
        YearMonth notTaken = YearMonth.of(2003, 7);
        store.take(SOURCE, month, Map.of(REGION, new BigDecimal("4")), SnapshotStore.Kind.SNAPSHOT);
        Correction good = new Correction(REGION, month, new BigDecimal("5"), "原因");
        long before = jdbc.queryForObject("select count(*) from indicator_snapshot", Long.class);

        assertThatThrownBy(() -> TestAccounts.as(xinjiang, () -> corrections.correct(plan, CODE, good)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestAccounts.as(national, () -> corrections.correct(plan,
                ReportFixtures.REPORTED, good))).isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey").isEqualTo("planning.correction.reportedIndicator");
        assertThatThrownBy(() -> TestAccounts.as(national, () -> corrections.correct(plan, CODE,
                new Correction(REGION, month, new BigDecimal("5"), " ")))).isInstanceOf(InvalidInputException.class)
                .extracting("messageKey").isEqualTo("planning.correction.reasonRequired");
        assertThatThrownBy(() -> TestAccounts.as(national, () -> corrections.correct(plan, CODE,
                new Correction(REGION, YearMonth.now().plusMonths(1), new BigDecimal("5"), "原因"))))
                .isInstanceOf(InvalidInputException.class)
                .extracting("messageKey").isEqualTo("planning.correction.monthInvalid");
        assertThatThrownBy(() -> TestAccounts.as(national, () -> corrections.correct(plan, CODE,
                new Correction(REGION, YearMonth.now(), new BigDecimal("5"), "原因"))))
                .as("the month running is not over").isInstanceOf(InvalidInputException.class)
                .extracting("messageKey").isEqualTo("planning.correction.monthInvalid");
        assertThatThrownBy(() -> TestAccounts.as(national, () -> corrections.correct(plan, CODE,
                new Correction(REGION, notTaken, new BigDecimal("5"), "原因"))))
                .as("a month the job has not taken: its row would come over the correction")
                .isInstanceOf(InvalidInputException.class)
                .extracting("messageKey").isEqualTo("planning.correction.notTaken");
        assertThatThrownBy(() -> TestAccounts.as(national, () -> corrections.correct(plan, CODE,
                new Correction("999999", month, new BigDecimal("5"), "原因")))).isInstanceOf(InvalidInputException.class)
                .extracting("messageKey").isEqualTo("field.unknownCode");
        assertThat(jdbc.queryForObject("select count(*) from indicator_snapshot", Long.class)).isEqualTo(before);
    }

    @Test
    void theIndicatorsPageShowsTheCorrectedMonthWithItsRows() {
        long plan = fixtures.plan(national);
        YearMonth month = YearMonth.of(2025, 2);
        store.take(SOURCE, month, Map.of(REGION, new BigDecimal("30")), SnapshotStore.Kind.SNAPSHOT);
        Http page = new Http(port);
        page.signInEnrolling(national.username(), TestAccounts.PASSWORD);
        String path = "/plans/" + plan + "/indicators/" + CODE + "?region=" + REGION;

        Http.Response form = page.get(path);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"correction-form\"", "id=\"indicator-definition\"");

        Http.Response refused = page.postForm(path, "/plans/" + plan + "/indicators/" + CODE + "/corrections",
                "regionCode=" + REGION + "&month=2025-02&value=33&reason=");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("请填写更正原因");

        Http.Response saved = page.postForm(path, "/plans/" + plan + "/indicators/" + CODE + "/corrections",
                "regionCode=" + REGION + "&month=2025-02&value=33&reason=%E8%A1%A5%E5%BD%95");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/plans/" + plan + "/indicators/" + CODE + "?region=" + REGION);
        String body = page.get(path).body();
        String row = body.substring(body.indexOf("data-month=\"2025-02\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("data-corrected=\"true\"", ">33<", "补录");
        int correction = row.indexOf("data-kind=\"CORRECTION\"");
        assertThat(correction).as("the correction on top").isPositive()
                .isLessThan(row.indexOf("data-kind=\"", row.indexOf("month-row", correction + 1)));
        assertThat(row).containsPattern("data-kind=\"(SNAPSHOT|BACKFILL)\"");
    }

    private List<Long> rowIds(YearMonth month) {
        return jdbc.queryForList("select id from indicator_snapshot where source_code = ? and region_code = ? "
                + "and month = ? order by id", Long.class, SOURCE, REGION, java.sql.Date.valueOf(month.atDay(1)));
    }
}
