package org.iptalent.planning.target;

import java.util.Locale;

import org.iptalent.planning.plan.Plan;
import org.iptalent.reference.Localized;

/** A plan as the targets' pages name it, read inside the service's transaction. */
public record PlanInfo(long id, String nameZh, String nameEn, Plan.Status status, boolean demonstration,
        int startsYear, int endsYear) {

    public static PlanInfo of(Plan plan) {
        return new PlanInfo(plan.getId(), plan.getNameZh(), plan.getNameEn(), plan.getStatus(), plan.isDemonstration(),
                plan.getStartsYear(), plan.getEndsYear());
    }

    public String name(Locale locale) {
        return Localized.isEnglish(locale) ? nameEn : nameZh;
    }

    public boolean closed() {
        return status == Plan.Status.CLOSED;
    }
}
