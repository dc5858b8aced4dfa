package org.iptalent.expert.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.category.ExpertCategory;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.RegionScope;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names the expert pages show for codes: categories in the reader's language, regions, the drawing administration
 * ({@code 000000}: the national office). Templates call it as {@code @expertTexts}.
 */
@Component("expertTexts")
public class ExpertTexts {

    private final ExpertCategories categories;
    private final ReferenceData reference;

    ExpertTexts(ExpertCategories categories, ReferenceData reference) {
        this.categories = categories;
        this.reference = reference;
    }

    /** Every category's name by code, in the reader's language. */
    Map<String, String> categoryNames() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = new LinkedHashMap<>();
        categories.all().forEach(c -> names.put(c.code(), c.name(locale)));
        return names;
    }

    /** The categories the user may use: the national taxonomy and the sub-categories of the user's province. */
    List<ExpertCategory> categoriesInScope() {
        RegionScope scope = RegionScope.current();
        return categories.all().stream().filter(c -> c.isNational() || scope.includes(c.ownerRegionCode())).toList();
    }

    /** A region's name, or null for the national office's code (the page says "nationwide"). */
    public String region(String code, Locale locale) {
        return code == null || ExpertCategory.NATIONAL.equals(code) ? null : reference.regionName(code, locale);
    }
}
