package org.iptalent.registry.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.iptalent.reference.Division;
import org.iptalent.reference.Industry;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.springframework.stereotype.Component;

/** The import template: the columns on the first sheet, and every allowed value on the second. */
@Component
public class ImportTemplate {

    private final ReferenceData reference;

    ImportTemplate(ReferenceData reference) {
        this.reference = reference;
    }

    public void write(OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "IPTalent", "1.0");
        Worksheet talents = workbook.newWorksheet("人才信息");
        for (int i = 0; i < ImportColumns.ALL.size(); i++) {
            String column = ImportColumns.ALL.get(i);
            talents.value(0, i, column);
            talents.style(0, i).bold().fillColor(ImportColumns.REQUIRED.contains(column) ? "FCE4D6" : "DDEBF7").set();
            talents.width(i, column.equals(ImportColumns.EMPLOYER) ? 34 : 16);
            // identity numbers, codes and phone numbers are text: Excel would round an 18-digit number
            talents.style(1, i).format("@").set();
        }
        talents.freezePane(0, 1);
        Worksheet values = workbook.newWorksheet("填写说明与代码表");
        int row = 0;
        values.value(row, 0, "列");
        values.value(row, 1, "代码");
        values.value(row, 2, "名称（可填代码或名称）");
        values.style(row, 0).bold().set();
        values.style(row, 1).bold().set();
        values.style(row, 2).bold().set();
        row = list(values, row + 1, ImportColumns.GENDER, List.of(new String[] {"MALE", "男"},
                new String[] {"FEMALE", "女"}));
        row = terms(values, row, ImportColumns.EDUCATION, TaxonomyKind.EDUCATION);
        row = terms(values, row, ImportColumns.DISCIPLINE, TaxonomyKind.DISCIPLINE);
        row = terms(values, row, ImportColumns.TEAM, TaxonomyKind.TEAM);
        row = terms(values, row, ImportColumns.CATEGORY + "（多个用、分隔）", TaxonomyKind.CATEGORY);
        row = terms(values, row, ImportColumns.QUALIFICATION_TYPE, TaxonomyKind.QUALIFICATION_TYPE);
        for (Industry industry : reference.industries()) {
            if (!industry.isSection()) {
                values.value(row, 0, ImportColumns.INDUSTRY);
                values.value(row, 1, industry.code());
                values.value(row++, 2, industry.nameZh());
            }
        }
        for (Division province : reference.provinces()) {
            if (!province.isMainland()) {
                continue;
            }
            values.value(row, 0, ImportColumns.REGION);
            values.value(row, 1, province.code());
            values.value(row++, 2, province.nameZh());
            for (Division city : reference.citiesOf(province.code())) {
                values.value(row, 0, ImportColumns.REGION);
                values.value(row, 1, city.code());
                values.value(row++, 2, city.nameZh());
            }
        }
        values.width(0, 22);
        values.width(1, 26);
        values.width(2, 40);
        workbook.finish();
    }

    private int terms(Worksheet sheet, int row, String column, TaxonomyKind kind) {
        return list(sheet, row, column, reference.terms(kind).stream()
                .map((Term t) -> new String[] {t.code(), t.nameZh()}).toList());
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
