package org.iptalent.analytics.annual;

import java.util.Locale;

import org.iptalent.analytics.annual.AnnualFigures.LabelKind;
import org.iptalent.analytics.annual.AnnualFigures.Row;
import org.iptalent.analytics.annual.AnnualFigures.Section;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.springframework.stereotype.Component;

/**
 * The names of a report's rows that come from the reference data (regions, teams, educations, disciplines,
 * qualification types). They are frozen with the figures when a year is drafted, in Chinese and English, so a term
 * renamed later does not change a report already drafted or published; a report drafted before labels were frozen
 * has none and is named from the reference data as it is now. Rows named by the bundles (a message key, "not given")
 * are not frozen: their words are the platform's, not data.
 */
@Component
class RowLabels {

    private final ReferenceData reference;

    RowLabels(ReferenceData reference) {
        this.reference = reference;
    }

    /** The section with each reference row's Chinese and English names as they are now. */
    Section freeze(Section section) {
        return new Section(section.key(), section.chart(), section.labelColumn(), section.columns(),
                section.rows().stream().map(this::freeze).toList());
    }

    private Row freeze(Row row) {
        if (!fromReference(row.kind())) {
            return row;
        }
        return new Row(row.kind(), row.code(), live(row.kind(), row.code(), Locale.SIMPLIFIED_CHINESE),
                live(row.kind(), row.code(), Locale.ENGLISH), row.values());
    }

    /** A reference row's frozen name in the reader's language, or else its name now; null for any other row. */
    String label(Row row, Locale locale) {
        if (!fromReference(row.kind())) {
            return null;
        }
        String frozen = "en".equals(locale.getLanguage()) ? row.english() : row.chinese();
        return frozen != null ? frozen : live(row.kind(), row.code(), locale);
    }

    private static boolean fromReference(LabelKind kind) {
        return switch (kind) {
            case REGION, TEAM, EDUCATION, DISCIPLINE, QUALIFICATION_TYPE -> true;
            case KEY, NAMED, NOT_GIVEN -> false;
        };
    }

    private String live(LabelKind kind, String code, Locale locale) {
        return switch (kind) {
            case REGION -> reference.regionName(code, locale);
            case TEAM -> term(TaxonomyKind.TEAM, code, locale);
            case EDUCATION -> term(TaxonomyKind.EDUCATION, code, locale);
            case DISCIPLINE -> term(TaxonomyKind.DISCIPLINE, code, locale);
            case QUALIFICATION_TYPE -> term(TaxonomyKind.QUALIFICATION_TYPE, code, locale);
            case KEY, NAMED, NOT_GIVEN -> throw new IllegalArgumentException("Not a reference row: " + kind);
        };
    }

    private String term(TaxonomyKind kind, String code, Locale locale) {
        return reference.term(kind, code).map(t -> t.name(locale)).orElse(code);
    }
}
