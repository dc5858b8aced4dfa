package org.iptalent.planning.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.iptalent.audit.AuditLog;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.planning.target.publication.PublicFigures;
import org.iptalent.planning.target.publication.Publications;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.ConflictException;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The published figures: nothing is public before the national office publishes a month, then the national
 * indicators and the provinces' values of that month are, without signing in, never a city's; a withdrawn month is
 * gone again. Only the national administrator publishes, a month of the plan's period that has ended, once.
 */
@PlatformTest
class PublishedFiguresTests {

    /** A month no other test publishes, with a snapshot of the joint academies' source (this test's values). */
    private static final YearMonth MONTH = YearMonth.of(2024, 3);
    private static final String SOURCE = "education.joint-academies";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Publications publications;
    @Autowired
    PublicFigures figures;
    @Autowired
    SnapshotStore store;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nothingIsPublicBeforePublicationThenProvincesOnly() {
        TargetFixtures f = new TargetFixtures(context);
        long planId = jdbc.queryForObject("select id from plan where starts_year = 2021 and ends_year = 2025",
                Long.class);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("000000", new BigDecimal("3"));
        values.put("440000", new BigDecimal("2"));
        values.put("440100", new BigDecimal("2"));
        values.put("320000", new BigDecimal("1"));
        // the source is contributed: a history another test caught up may hold the month already
        jdbc.update("delete from indicator_snapshot where source_code = ? and month = ?", SOURCE,
                java.sql.Date.valueOf(MONTH.atDay(1)));
        store.take(SOURCE, MONTH, values, SnapshotStore.Kind.BACKFILL);

        Http anonymous = new Http(port);
        String figuresPath = "/figures/" + planId + "/" + MONTH;
        String provincesPath = figuresPath + "/joint-academies";
        assertThat(anonymous.get("/figures").body()).doesNotContain(figuresPath);
        assertThat(anonymous.get(figuresPath).status()).isEqualTo(404);
        assertThat(anonymous.get(provincesPath).status()).isEqualTo(404);

        long draft = f.plan();
        assertThatThrownBy(() -> TestAccounts.as(f.national, () -> publications.publish(draft, MONTH)))
                .hasMessage("planning.publication.draft");
        assertThatThrownBy(() -> TestAccounts.as(f.national, () -> publications.publish(planId, YearMonth.of(2026, 1))))
                .hasMessage("planning.publication.outsidePeriod");
        assertThatThrownBy(() -> TestAccounts.as(f.guangdong, () -> publications.publish(planId, MONTH)))
                .isInstanceOf(AccessDeniedException.class);
        PublicFigures.Publication published = TestAccounts.as(f.national, () -> publications.publish(planId, MONTH));
        assertThatThrownBy(() -> TestAccounts.as(f.national, () -> publications.publish(planId, MONTH)))
                .isInstanceOf(ConflictException.class).hasMessage("planning.publication.already");

        assertThat(anonymous.get("/figures").body()).contains(figuresPath);
        Http.Response national = anonymous.get(figuresPath + "?lang=zh-CN");
        assertThat(national.status()).isEqualTo(200);
        assertThat(national.body()).contains("知识产权人才“十四五”规划").contains("截至 2024-03")
                .contains("央地共建知识产权学院和研究院数量").contains("id=\"public-indicators\"");
        assertThat(figures.figures(planId, MONTH).indicators()).filteredOn(i -> i.indicator().code()
                .equals("joint-academies")).singleElement().satisfies(i -> assertThat(i.national().value())
                .isEqualByComparingTo("3"));

        Http.Response provinces = anonymous.get(provincesPath + "?lang=zh-CN");
        assertThat(provinces.status()).isEqualTo(200);
        assertThat(Pattern.compile("data-region=\"").matcher(provinces.body()).results().count()).isEqualTo(31);
        assertThat(provinces.body()).contains("data-region=\"440000\"").contains("广东省")
                .doesNotContain("data-region=\"440100\"").doesNotContain("广州");
        assertThat(anonymous.get(provincesPath + "?lang=en").body()).contains("Guangdong");
        assertThat(anonymous.get("/figures/" + planId + "/2024-13").status()).isEqualTo(404);

        // a correction of the month and a target changed after publishing leave the published figures as they were
        store.correct(SOURCE, "000000", MONTH, new BigDecimal("30"), "corrected later", f.national.id());
        store.correct(SOURCE, "440000", MONTH, new BigDecimal("20"), "corrected later", f.national.id());
        BigDecimal target = figures.figures(planId, MONTH).indicators().stream()
                .filter(i -> i.indicator().code().equals("joint-academies")).findFirst().orElseThrow()
                .national().target();
        jdbc.update("update indicator set target = target + 7 where plan_id = ? and code = 'joint-academies'", planId);
        try {
            assertThat(figures.figures(planId, MONTH).indicators()).filteredOn(i -> i.indicator().code()
                    .equals("joint-academies")).singleElement().satisfies(i -> {
                        assertThat(i.national().value()).isEqualByComparingTo("3");
                        assertThat(i.national().target()).isEqualByComparingTo(target);
                        assertThat(i.indicator().target()).isEqualByComparingTo(target);
                    });
            assertThat(figures.provinces(planId, MONTH, "joint-academies").provinces())
                    .filteredOn(p -> p.regionCode().equals("440000")).singleElement()
                    .satisfies(p -> assertThat(p.value()).isEqualByComparingTo("2"));
        } finally {
            jdbc.update("update indicator set target = target - 7 where plan_id = ? and code = 'joint-academies'",
                    planId);
        }

        Http nationalAdmin = new Http(port);
        nationalAdmin.signInEnrolling(f.national.username(), TestAccounts.PASSWORD);
        assertThat(nationalAdmin.get("/plans/" + planId + "/publications").body()).contains("id=\"publish-form\"")
                .contains("data-month=\"2024-03\"").contains("withdraw");

        TestAccounts.as(f.national, () -> {
            publications.withdraw(planId, published.id(), published.version());
            return null;
        });
        assertThat(anonymous.get(figuresPath).status()).isEqualTo(404);
        assertThat(anonymous.get("/figures").body()).doesNotContain(figuresPath);
        assertThat(audit.history(Publications.ENTITY, String.valueOf(published.id()))).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from plan_publication_figure where publication_id = ?",
                Integer.class, published.id())).as("a withdrawn publication keeps its figures").isPositive();
    }
}
