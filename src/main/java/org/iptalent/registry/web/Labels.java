package org.iptalent.registry.web;

import java.util.Locale;

import org.iptalent.reference.Localized;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.TalentHits.Facet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names for codes in the user's language, for templates: {@code ${labels.term('TEAM', code, #locale)}}. */
@Component("registryLabels")
public class Labels {

    private final ReferenceData reference;
    private final MessageSource messages;

    Labels(ReferenceData reference, MessageSource messages) {
        this.reference = reference;
        this.messages = messages;
    }

    public String term(String kind, String code, Locale locale) {
        if (code == null) {
            return null;
        }
        return reference.term(TaxonomyKind.valueOf(kind), code).map(t -> t.name(locale)).orElse(code);
    }

    public String region(String code, Locale locale) {
        return reference.regionName(code, locale);
    }

    public String industry(String code, Locale locale) {
        return code == null ? null : reference.industry(code).map(i -> i.code() + " " + i.name(locale)).orElse(code);
    }

    public String facet(Facet facet, String code, Locale locale) {
        return switch (facet) {
            case PROVINCE -> reference.division(code).map(d -> Localized.isEnglish(locale) ? d.nameEn()
                    : d.shortNameZh()).orElse(code);
            case CITY -> reference.division(code).map(d -> d.name(locale)).orElse(code);
            case TEAM -> term("TEAM", code, locale);
            case CATEGORY -> term("CATEGORY", code, locale);
            case QUALIFICATION -> term("QUALIFICATION_TYPE", code, locale);
            case EDUCATION -> term("EDUCATION", code, locale);
            case DISCIPLINE -> term("DISCIPLINE", code, locale);
            case INDUSTRY -> industry(code, locale);
            case STATUS -> messages.getMessage("talent.status." + code, null, code, locale);
        };
    }

    /** The label of a filter given by its request parameter. */
    public String forParam(String param, String code, Locale locale) {
        for (Facet facet : Facet.values()) {
            if (param(facet).equals(param)) {
                return facet(facet, code, locale);
            }
        }
        return code;
    }

    /** The request parameter a facet filters on. */
    public String param(Facet facet) {
        return switch (facet) {
            case QUALIFICATION -> "qualification";
            default -> facet.name().toLowerCase(Locale.ROOT);
        };
    }
}
