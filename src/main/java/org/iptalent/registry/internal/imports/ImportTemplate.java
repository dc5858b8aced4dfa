package org.iptalent.registry.internal.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.iptalent.reference.Division;
import org.iptalent.reference.Industry;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.spreadsheet.SheetColumns;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The import template: the columns on the first sheet, and every allowed value on the second, all in the user's
 * language (an import reads headers in Chinese or English); required columns are marked with *.
 */
@Component
public class ImportTemplate {

    private final ReferenceData reference;
    private final MessageSource messages;

    ImportTemplate(ReferenceData reference, MessageSource messages) {
        this.reference = reference;
        this.messages = messages;
    }

    /** The template's file name, in the user's language. */
    public String fileName(Locale locale) {
        return messages.getMessage("import.template.fileName", null, locale) + ".xlsx";
    }

    public void write(OutputStream out, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "IPTalent", "1.0");
        Worksheet talents = workbook.newWorksheet(messages.getMessage("import.template.sheet", null, locale));
        List<SheetColumns.Column> columns = ImportColumns.SHEET.columns();
        for (int i = 0; i < columns.size(); i++) {
            SheetColumns.Column column = columns.get(i);
            // headed in the reader's language (an import reads either), a required column marked with *
            talents.value(0, i, header(column.field(), locale) + (column.required() ? " *" : ""));
            talents.style(0, i).bold().fillColor(column.required() ? "FCE4D6" : "DDEBF7").set();
            talents.width(i, column.field().equals("employerName") ? 34 : 16);
            // identity numbers, codes and phone numbers are text: Excel would round an 18-digit number
            talents.style(1, i).format("@").set();
        }
        talents.freezePane(0, 1);
        Worksheet values = workbook.newWorksheet(messages.getMessage("import.template.codesSheet", null, locale));
        int row = 0;
        values.value(row, 0, messages.getMessage("import.template.required", null, locale));
        values.style(row, 0).fontColor("C00000").set();
        row = 2;
        values.value(row, 0, messages.getMessage("import.template.column", null, locale));
        values.value(row, 1, messages.getMessage("import.template.code", null, locale));
        values.value(row, 2, messages.getMessage("import.template.name", null, locale));
        values.style(row, 0).bold().set();
        values.style(row, 1).bold().set();
        values.style(row, 2).bold().set();
        row = list(values, row + 1, header("gender", locale), List.of(
                new String[] {"MALE", messages.getMessage("talent.gender.MALE", null, locale)},
                new String[] {"FEMALE", messages.getMessage("talent.gender.FEMALE", null, locale)}));
        row = terms(values, row, header("education", locale), TaxonomyKind.EDUCATION, locale);
        row = terms(values, row, header("discipline", locale), TaxonomyKind.DISCIPLINE, locale);
        row = terms(values, row, header("team", locale), TaxonomyKind.TEAM, locale);
        row = terms(values, row, messages.getMessage("import.template.several", new Object[] {header("categories", locale)},
                locale), TaxonomyKind.CATEGORY, locale);
        row = terms(values, row, header("qualificationType", locale), TaxonomyKind.QUALIFICATION_TYPE, locale);
        String industryHeader = header("industryCode", locale);
        String regionHeader = header("regionCode", locale);
        for (Industry industry : reference.industries()) {
            if (!industry.isSection()) {
                values.value(row, 0, industryHeader);
                values.value(row, 1, industry.code());
                values.value(row++, 2, industry.name(locale));
            }
        }
        for (Division province : reference.provinces()) {
            if (!province.isMainland()) {
                continue;
            }
            values.value(row, 0, regionHeader);
            values.value(row, 1, province.code());
            values.value(row++, 2, province.name(locale));
            for (Division city : reference.citiesOf(province.code())) {
                values.value(row, 0, regionHeader);
                values.value(row, 1, city.code());
                values.value(row++, 2, city.name(locale));
            }
        }
        values.width(0, 22);
        values.width(1, 26);
        values.width(2, 40);
        workbook.finish();
    }

    private String header(String field, Locale locale) {
        return ImportColumns.SHEET.header(field, messages, locale);
    }

    private int terms(Worksheet sheet, int row, String column, TaxonomyKind kind, Locale locale) {
        return list(sheet, row, column, reference.terms(kind).stream()
                .map((Term t) -> new String[] {t.code(), t.name(locale)}).toList());
    }

    private static int list(Worksheet sheet, int row, String column, List<String[]> values) {
        for (String[] value : values) {
            sheet.value(row, 0, column);
            sheet.value(row, 1, value[0]);
            sheet.value(row++, 2, value[1]);
        }
        return row;
    }
}
