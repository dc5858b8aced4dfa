package org.iptalent.planning.report;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.iptalent.identity.UserSummary;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.IndicatorSpec;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.plan.Plans;
import org.iptalent.support.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A draft plan of a test's own (the database is shared): the shipped 14th plan copied into 2026–2030 by the national
 * administrator, with a reported indicator added, and evidence files to upload.
 */
class ReportFixtures {

    static final String REPORTED = "reported-academies";
    /** The smallest PDF a reader accepts: what its first bytes say is all that counts here. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final PlanRecords plans;
    private final Plans repository;
    private final TransactionTemplate transactions;

    ReportFixtures(ApplicationContext context) {
        this.plans = context.getBean(PlanRecords.class);
        this.repository = context.getBean(Plans.class);
        this.transactions = context.getBean(TransactionTemplate.class);
    }

    /** The 14th plan copied into a draft 2026–2030 with the reported indicator {@value #REPORTED} (target 5 items). */
    long plan(UserSummary national) {
        Plan shipped = plans.all().stream().filter(p -> p.getStartsYear() == 2021 && p.getEndsYear() == 2025
                && !p.isDemonstration()).findFirst().orElseThrow();
        String name = TestAccounts.uniqueName("上报测试规划");
        return TestAccounts.as(national, () -> {
            Plan copy = plans.copy(shipped.getId(), name, name, 2026, 2030, true);
            plans.addIndicator(copy.getId(), new IndicatorSpec(REPORTED, Indicator.Kind.OTHER, "共建知识产权学院（上报）",
                    "Joint IP academies (reported)", IndicatorUnit.ITEMS, new BigDecimal("5"), 2030,
                    Indicator.Direction.AT_LEAST, Indicator.Attribute.ANTICIPATORY, null,
                    Indicator.SourceKind.REPORTED, null, null, null));
            return copy.getId();
        });
    }

    /** Closes a plan whatever its state, as its period's end would. */
    void close(long planId) {
        transactions.executeWithoutResult(status -> {
            Plan plan = repository.findById(planId).orElseThrow();
            plan.bringIntoForce();
            plan.close();
        });
    }

    static MockMultipartFile pdf(String name) {
        return new MockMultipartFile("evidence", name, "application/octet-stream", PDF);
    }
}
