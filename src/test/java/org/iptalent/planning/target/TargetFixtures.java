package org.iptalent.planning.target;

import java.math.BigDecimal;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.IndicatorSpec;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.Plans;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.shared.Role;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the target tests share: a draft plan of their own (the database is shared by every test), the national
 * administrator, Guangdong's and Jiangsu's provincial administrators and Guangzhou's city administrator.
 */
public class TargetFixtures {

    public final UserSummary national;
    public final UserSummary guangdong;
    public final UserSummary jiangsu;
    public final UserSummary guangzhou;

    private final Plans plans;
    private final TalentRecords talents;
    private final TransactionTemplate transactions;

    public TargetFixtures(ApplicationContext context) {
        this.plans = context.getBean(Plans.class);
        this.talents = context.getBean(TalentRecords.class);
        this.transactions = context.getBean(TransactionTemplate.class);
        TestAccounts accounts = context.getBean(TestAccounts.class);
        national = accounts.active("tgt.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("tgt.gd", Role.PROVINCIAL_ADMIN, "440000");
        jiangsu = accounts.active("tgt.js", Role.PROVINCIAL_ADMIN, "320000");
        guangzhou = accounts.active("tgt.gz", Role.CITY_ADMIN, "440100");
    }

    /**
     * A draft plan for 2026–2030 with a count (talents in 10,000 persons, computed, target 120), a score (training
     * satisfaction, computed, target 90) and a reported count (academies, target 10).
     */
    public long plan() {
        String name = TestAccounts.uniqueName("目标测试规划");
        return transactions.execute(status -> {
            Plan plan = new Plan(name, name + " (EN)", 2026, 2030, true);
            plan.add(spec("ip-talents", "知识产权人才数量", "IP talents", IndicatorUnit.TEN_THOUSAND_PERSONS, "120",
                    Indicator.SourceKind.COMPUTED, "registry.talents"));
            plan.add(spec("training-satisfaction", "知识产权培训满意度", "Satisfaction with IP training",
                    IndicatorUnit.SCORE, "90", Indicator.SourceKind.COMPUTED, "training.satisfaction"));
            plan.add(spec("academies", "共建学院数量", "Academies built jointly", IndicatorUnit.ITEMS, "10",
                    Indicator.SourceKind.REPORTED, null));
            return plans.saveAndFlush(plan).getId();
        });
    }

    private static IndicatorSpec spec(String code, String zh, String en, IndicatorUnit unit, String target,
            Indicator.SourceKind kind, String source) {
        return new IndicatorSpec(code, Indicator.Kind.MAIN, zh, en, unit, new BigDecimal(target), 2030,
                Indicator.Direction.AT_LEAST, Indicator.Attribute.ANTICIPATORY, null, kind, source, null, null);
    }

    /** Talents registered in each of the regions given, so that their "now" values are not all zero. */
    public void talentsIn(String... regions) {
        for (String region : List.of(regions)) {
            String identity = TestIdentities.identity(region.substring(0, 4) + "02", false);
            TestAccounts.as(national, () -> talents.create(new TalentInput("林静", null, null, identity,
                    "13912345678", null, "MASTER", "LAW", null, null, null, region, "72",
                    List.of("PS_INFORMATION_SERVICE"), null, null, null, null), Talent.Source.MANUAL));
        }
    }
}
