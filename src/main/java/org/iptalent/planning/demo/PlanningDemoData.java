package org.iptalent.planning.demo;

import java.math.BigDecimal;
import java.util.Map;

import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.IndicatorSpec;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanCopied;
import org.iptalent.planning.plan.Plans;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demonstration's plans: the shipped 14th plan stays closed (its period ended in 2025); the 2026–2030 plan is
 * copied from it, as the national office would, with targets raised to example values that the pages mark as
 * demonstration values, and brought into force, so the dashboard shows it by default. Its tasks follow through the
 * copy's event; regional targets and progress reports are the later contributors'.
 */
@Component
class PlanningDemoData implements DemoDataContributor {

    static final String NAME = "planning-plans";
    private static final DemoTexts TEXTS = DemoTexts.load("planning/plan-demo.properties");

    /**
     * The example targets of the next plan, by indicator code. The demo registry is a sample of the country (20,000
     * talents by default against its 860,000): its counts are the sample's, so the counts' targets are set for the
     * sample too, about 40 % above where it stands, and rates and scores keep the plan's own.
     */
    private static final Map<String, String> TARGETS = Map.ofEntries(
            Map.entry("ip-talents", "2.6"), Map.entry("licensed-patent-agents", "0.11"),
            Map.entry("intermediate-ip-engineers", "0.06"), Map.entry("national-training-bases", "40"),
            Map.entry("joint-academies", "8"), Map.entry("excellent-online-courses", "200"),
            Map.entry("training-satisfaction", "92"), Map.entry("public-service-provinces", "100"),
            Map.entry("public-service-cities", "70"), Map.entry("information-service-staff", "130"),
            Map.entry("publicity-staff-trained", "160"), Map.entry("trademark-expert-team", "100"));

    private final Plans plans;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    PlanningDemoData(Plans plans, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.plans = plans;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void contribute(DemoProperties demo) {
        transaction.executeWithoutResult(status -> {
            Plan fourteenth = plans.newestFirst().stream().filter(p -> p.getStartsYear() == 2021)
                    .findFirst().orElseThrow();
            if (plans.newestFirst().stream().anyMatch(p -> p.getStartsYear() == 2026)) {
                return;
            }
            Plan next = fourteenth.copy(TEXTS.get("plan.name"),
                    "The 15th Five-Year Plan for IP Talents (demonstration)", 2026, 2030, true);
            for (Indicator indicator : next.sortedIndicators()) {
                IndicatorSpec s = indicator.spec();
                String target = TARGETS.get(s.code());
                indicator.change(new IndicatorSpec(s.code(), s.kind(), s.nameZh(), s.nameEn(), s.unit(),
                        target == null ? s.target() : new BigDecimal(target), s.targetYear(), s.direction(),
                        s.attribute(), s.baseline(), s.sourceKind(), s.sourceCode(), TEXTS.get("plan.note"),
                        "Demonstration target: an example for the demo data's sample of the country, not an official one"));
            }
            plans.save(next);
            plans.flush();
            events.publishEvent(new PlanCopied(fourteenth.getId(), next.getId()));
            next.bringIntoForce();
        });
    }
}
