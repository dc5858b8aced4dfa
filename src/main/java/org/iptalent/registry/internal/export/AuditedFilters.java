package org.iptalent.registry.internal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.iptalent.audit.AuditText;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.TalentCriteria;

/**
 * A search's filters as an audit entry keeps them: each one by its facet's label and its value's name, so the
 * auditor reads "省份：广东省" (or "Province: Guangdong") where the entry once said {@code TalentCriteria[…]}.
 */
final class AuditedFilters {

    private AuditedFilters() {
    }

    static List<AuditText> of(TalentCriteria criteria) {
        List<AuditText> filters = new ArrayList<>();
        add(filters, "audit.detail.filter.q", criteria.q(), text -> text);
        add(filters, "talent.facet.PROVINCE", criteria.province(), AuditText::region);
        add(filters, "talent.facet.CITY", criteria.city(), AuditText::region);
        add(filters, "talent.facet.TEAM", criteria.team(), code -> AuditText.term(TaxonomyKind.TEAM, code));
        add(filters, "talent.facet.CATEGORY", criteria.category(), code -> AuditText.term(TaxonomyKind.CATEGORY, code));
        add(filters, "talent.facet.QUALIFICATION", criteria.qualification(),
                code -> AuditText.term(TaxonomyKind.QUALIFICATION_TYPE, code));
        add(filters, "talent.facet.EDUCATION", criteria.education(),
                code -> AuditText.term(TaxonomyKind.EDUCATION, code));
        add(filters, "talent.facet.DISCIPLINE", criteria.discipline(),
                code -> AuditText.term(TaxonomyKind.DISCIPLINE, code));
        add(filters, "talent.facet.INDUSTRY", criteria.industry(), AuditText::industry);
        add(filters, "talent.facet.STATUS", criteria.status(), code -> AuditText.message("talent.status." + code));
        return filters;
    }

    private static void add(List<AuditText> filters, String label, String value, Function<String, Object> named) {
        if (value != null && !value.isBlank()) {
            filters.add(AuditText.message("audit.detail.filter", AuditText.message(label), named.apply(value.trim())));
        }
    }
}
