package org.iptalent.planning.api;

import java.util.List;

import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;

/** A plan over the API: its period, status and indicators (their definitions; values are under /indicators). */
public record PlanJson(long id, String name, int startsYear, int endsYear, String status, boolean demonstration,
        Long copiedFromId, long version, List<Definition> indicators) {

    public record Definition(String code, String kind, String name, String unit, java.math.BigDecimal target,
            int targetYear, String direction, String attribute, java.math.BigDecimal baseline, String sourceKind,
            String sourceCode) {
    }

    static PlanJson of(Plan plan, boolean english, boolean withIndicators) {
        return new PlanJson(plan.getId(), plan.name(english), plan.getStartsYear(), plan.getEndsYear(),
                plan.getStatus().name(), plan.isDemonstration(), plan.getCopiedFromId(), plan.getVersion(),
                withIndicators ? plan.sortedIndicators().stream().map(i -> definition(i, english)).toList() : null);
    }

    private static Definition definition(Indicator i, boolean english) {
        return new Definition(i.getCode(), i.getKind().name(), i.name(english), i.getUnit().name(), i.getTarget(),
                i.getTargetYear(), i.getDirection().name(), i.getAttribute().name(), i.getBaseline(),
                i.getSourceKind().name(), i.getSourceCode());
    }
}
