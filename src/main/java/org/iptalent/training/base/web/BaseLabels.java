package org.iptalent.training.base.web;

import java.util.List;
import java.util.Locale;

import org.iptalent.reference.Division;
import org.iptalent.reference.Localized;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.springframework.stereotype.Component;

/** Names of the codes the bases' pages show, in the reader's language: {@code ${@baseLabels.region(code, #locale)}}. */
@Component("baseLabels")
public class BaseLabels {

    private final ReferenceData reference;

    BaseLabels(ReferenceData reference) {
        this.reference = reference;
    }

    public String region(String code, Locale locale) {
        return reference.regionName(code, locale);
    }

    /** A province's short name (广东, Guangdong), as the map and the filter name it. */
    public String province(String code, Locale locale) {
        return code == null ? null : reference.division(code).map(d -> shortName(d, locale)).orElse(code);
    }

    public String team(String code, Locale locale) {
        return term(TaxonomyKind.TEAM, code, locale);
    }

    public String category(String code, Locale locale) {
        return term(TaxonomyKind.CATEGORY, code, locale);
    }

    /** A team or a category, whichever the code is. */
    public String speciality(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        return reference.term(TaxonomyKind.TEAM, code).or(() -> reference.term(TaxonomyKind.CATEGORY, code))
                .map(t -> t.name(locale)).orElse(code);
    }

    public List<Division> provinces() {
        return reference.provinces().stream().filter(Division::isMainland).toList();
    }

    public List<Term> teams() {
        return reference.terms(TaxonomyKind.TEAM);
    }

    public List<Term> categoriesOf(String team) {
        return reference.children(TaxonomyKind.CATEGORY, team);
    }

    static String shortName(Division division, Locale locale) {
        return Localized.isEnglish(locale) ? division.nameEn() : division.shortNameZh();
    }

    private String term(TaxonomyKind kind, String code, Locale locale) {
        return code == null ? null : reference.term(kind, code).map(t -> t.name(locale)).orElse(code);
    }
}
