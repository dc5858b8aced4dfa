package org.iptalent.planning.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditRecord;
import org.iptalent.planning.history.MonthlySnapshots;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Regional targets end to end on the database: the national office assigns a province, the province refines its
 * own and splits it to a city, a province is refused another province's target and a city any, nothing being saved;
 * every change is in the audit log; the breakdown's values are the "now" values of indicator_current.
 */
@PlatformTest
class TargetFlowTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TargetAssignments assignments;
    @Autowired
    RegionalBreakdown breakdowns;
    @Autowired
    TargetBook book;
    @Autowired
    AuditLog audit;
    @Autowired
    MonthlySnapshots snapshots;
    @Autowired
    JdbcTemplate jdbc;

    TargetFixtures f;
    long planId;

    @BeforeEach
    void setUp() {
        f = new TargetFixtures(context);
        planId = f.plan();
    }

    private TargetView set(org.iptalent.identity.UserSummary user, String code, String region, String value,
            long version) {
        return TestAccounts.as(user, () -> assignments.set(planId, code, region, new BigDecimal(value), version));
    }

    private Breakdown breakdown(org.iptalent.identity.UserSummary user, String code, String province) {
        return TestAccounts.as(user, () -> breakdowns.of(planId, code, province, null));
    }

    private long indicatorId(String code) {
        return jdbc.queryForObject("select id from indicator where plan_id = ? and code = ?", Long.class, planId, code);
    }

    @Test
    void theNationalOfficeAssignsTheProvinceRefinesItsOwnAndSplitsItToACity() {
        TargetView assigned = set(f.national, "ip-talents", "440000", "10", 0);
        assertThat(assigned.assigned()).isEqualByComparingTo("10");
        assertThat(assigned.version()).isEqualTo(1);
        TargetView refined = set(f.guangdong, "ip-talents", "440000", "12.5", assigned.version());
        assertThat(refined.assigned()).isEqualByComparingTo("10");
        assertThat(refined.refined()).isEqualByComparingTo("12.5");
        assertThat(refined.effective()).isEqualByComparingTo("12.5");
        set(f.guangdong, "ip-talents", "440100", "4", 0);
        set(f.guangdong, "ip-talents", "440300", "3.5", 0);

        long id = indicatorId("ip-talents");
        assertThat(book.targets(List.of(id), "440000")).containsEntry(id, new BigDecimal("12.50"));
        assertThat(book.targets(List.of(id), "440100")).containsEntry(id, new BigDecimal("4.00"));

        Breakdown province = breakdown(f.guangdong, "ip-talents", null);
        assertThat(province.own().code()).isEqualTo("440000");
        assertThat(province.own().target()).isEqualByComparingTo("12.5");
        assertThat(province.regions()).extracting(RegionLine::code).allMatch(c -> c.startsWith("44"))
                .contains("440100", "440300").doesNotContain("440000");
        assertThat(province.sum().total()).isEqualByComparingTo("7.5");
        assertThat(province.sum().whole()).isEqualByComparingTo("12.5");
        assertThat(province.sum().difference()).isEqualByComparingTo("-5");
        assertThat(province.mayRefine()).isTrue();
        assertThat(province.mayAssign()).isTrue();

        Breakdown country = breakdown(f.national, "ip-talents", null);
        assertThat(country.own().code()).isEqualTo("000000");
        assertThat(country.regions()).hasSize(31).extracting(RegionLine::code).allMatch(c -> c.endsWith("0000"));
        RegionLine guangdong = country.regions().stream().filter(l -> l.code().equals("440000")).findFirst()
                .orElseThrow();
        assertThat(guangdong.assigned()).isEqualByComparingTo("10");
        assertThat(guangdong.refined()).isEqualByComparingTo("12.5");
        assertThat(country.sum().total()).as("a province counts with its refined target").isEqualByComparingTo("12.5");
        assertThat(country.sum().whole()).isEqualByComparingTo("120");
        assertThat(breakdown(f.national, "ip-talents", "440000").mayAssign())
                .as("the national office opens a province's cities, which the province assigns").isFalse();

        Breakdown city = breakdown(f.guangzhou, "ip-talents", null);
        assertThat(city.own().code()).isEqualTo("440100");
        assertThat(city.own().target()).isEqualByComparingTo("4");
        assertThat(city.regions()).isEmpty();
        assertThat(city.mayAssign() || city.mayRefine()).isFalse();

        List<AuditRecord> history = audit.history(TargetAssignments.ENTITY, String.valueOf(jdbc.queryForObject(
                "select id from regional_target where indicator_id = ? and region_code = '440000'", Long.class, id)));
        assertThat(history).hasSize(2);
        assertThat(history).extracting(AuditRecord::regionCode).containsOnly("440000");
    }

    @Test
    void aProvinceIsRefusedAnotherProvinceAndACityEveryTargetNothingSaved() {
        long id = indicatorId("ip-talents");
        assertThatThrownBy(() -> set(f.guangdong, "ip-talents", "320000", "5", 0))
                .isInstanceOf(AccessDeniedException.class).hasMessage("planning.target.outsideRegion");
        assertThatThrownBy(() -> set(f.guangdong, "ip-talents", "320100", "5", 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> set(f.guangzhou, "ip-talents", "440100", "5", 0))
                .isInstanceOf(AccessDeniedException.class).hasMessage("planning.target.cityReads");
        assertThatThrownBy(() -> set(f.national, "ip-talents", "440100", "5", 0))
                .isInstanceOf(BusinessRuleException.class).hasMessage("planning.target.provincesOnly");
        assertThatThrownBy(() -> set(f.national, "ip-talents", "449900", "5", 0))
                .isInstanceOf(BusinessRuleException.class).hasMessage("field.unknownCode");
        assertThatThrownBy(() -> set(f.national, "ip-talents", "440000", "-1", 0))
                .hasMessage("planning.target.negative");
        assertThatThrownBy(() -> set(f.national, "ip-talents", "440000", "121", 0))
                .as("more than the country's 120").hasMessage("planning.target.overWhole");
        assertThatThrownBy(() -> set(f.national, "training-satisfaction", "440000", "101", 0))
                .hasMessage("planning.target.overHundred");
        assertThatThrownBy(() -> set(f.national, "academies", "440000", "1.5", 0))
                .hasMessage("planning.target.wholeNumber");
        assertThat(set(f.jiangsu, "ip-talents", "320000", "9", 0).refined()).as("refined with no assignment")
                .isEqualByComparingTo("9");
        assertThatThrownBy(() -> set(f.jiangsu, "ip-talents", "320100", "10", 1))
                .as("a city's share above its province's refined 9").hasMessage("planning.target.overWhole");
        assertThat(jdbc.queryForObject("""
                select count(*) from regional_target where indicator_id in (select id from indicator where plan_id = ?)
                and region_code <> '320000'""", Integer.class, planId)).isZero();

        set(f.national, "ip-talents", "440000", "10", 0);
        assertThatThrownBy(() -> set(f.guangdong, "ip-talents", "440000", "9", 1))
                .as("below the assignment").hasMessage("planning.target.belowAssigned");
        assertThatThrownBy(() -> set(f.national, "ip-talents", "440000", "11", 0))
                .as("a stale version").isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(book.targets(List.of(id), "440000")).containsEntry(id, new BigDecimal("10.00"));

        long closed = jdbc.queryForObject("select id from plan where starts_year = 2021 and ends_year = 2025",
                Long.class);
        assertThatThrownBy(() -> TestAccounts.as(f.national, () -> assignments.set(closed, "ip-talents", "440000",
                BigDecimal.TEN, 0))).hasMessage("planning.target.planClosed");
    }

    @Test
    void aProvinceSeesItsOwnRegionOnlyACityItsCity() {
        assertThatThrownBy(() -> breakdown(f.guangdong, "ip-talents", "320000"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> breakdown(f.guangzhou, "ip-talents", "440000"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> breakdown(f.national, "ip-talents", "440100"))
                .as("a city is no province to open").hasMessage("field.unknownCode");
        assertThatThrownBy(() -> breakdown(f.national, "no-such", null)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(f.guangdong, () -> assignments.get(planId, "ip-talents", "320000")))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theBreakdownsValuesAreTheNowValuesOfIndicatorCurrent() {
        f.talentsIn("440100", "440300", "320500");
        snapshots.refreshCurrent();
        set(f.national, "ip-talents", "440000", "0.5", 0);

        Breakdown country = breakdown(f.national, "ip-talents", null);
        Map<String, BigDecimal> direct = current("registry.talents");
        assertThat(direct).as("the refresh computed the provinces").containsKeys("000000", "440000", "440100");
        assertThat(country.own().value()).isEqualByComparingTo(tenThousands(direct.get("000000")));
        country.regions().forEach(line -> assertCurrent(line, direct));
        RegionLine guangdong = country.regions().stream().filter(l -> l.code().equals("440000")).findFirst()
                .orElseThrow();
        assertThat(guangdong.progress()).isEqualByComparingTo(tenThousands(direct.get("440000"))
                .multiply(BigDecimal.valueOf(100)).divide(new BigDecimal("0.5"), 1, RoundingMode.HALF_UP));
        assertThat(guangdong.rank()).isNotNull();

        breakdown(f.guangdong, "ip-talents", null).regions().forEach(line -> assertCurrent(line, direct));
        RegionLine satisfaction = breakdown(f.national, "training-satisfaction", null).regions().get(0);
        assertThat(satisfaction.target()).as("a score without a regional target is measured against the plan's")
                .isEqualByComparingTo("90");
        assertThat(satisfaction.planTarget()).isTrue();
    }

    /** The line's value is the region's "now" value in 10,000 persons, or none when it has none. */
    private static void assertCurrent(RegionLine line, Map<String, BigDecimal> direct) {
        BigDecimal expected = direct.get(line.code());
        if (expected == null) {
            assertThat(line.value()).as(line.code()).isNull();
        } else {
            assertThat(line.value()).as(line.code()).isEqualByComparingTo(tenThousands(expected));
        }
    }

    private Map<String, BigDecimal> current(String source) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        jdbc.query("select region_code, value from indicator_current where source_code = ?",
                rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2));
                }, source);
        return values;
    }

    private static BigDecimal tenThousands(BigDecimal persons) {
        return persons.divide(BigDecimal.valueOf(10_000), 4, RoundingMode.HALF_UP);
    }
}
