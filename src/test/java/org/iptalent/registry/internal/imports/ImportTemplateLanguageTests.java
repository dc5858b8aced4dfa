package org.iptalent.registry.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.iptalent.support.PlatformTest;
import org.iptalent.spreadsheet.Attachment;
import org.iptalent.spreadsheet.SpreadsheetImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import template speaks the user's language (sheet names, the codes sheet's headings and names, its file
 * name) while its column headers stay the canonical Chinese ones an import matches.
 */
@PlatformTest
class ImportTemplateLanguageTests {

    @Autowired
    ImportTemplate template;
    @Autowired
    SpreadsheetImports imports;

    @Test
    void theTemplateIsInTheUsersLanguageWithItsRequiredColumnsMarked() throws Exception {
        List<List<List<String>>> english = sheets(Locale.ENGLISH);
        assertThat(english.get(0).get(0)).startsWith("Name *", "Identity number *", "Gender", "Date of birth");
        assertThat(english.get(1).get(0).get(0)).startsWith("Columns marked * are required");
        assertThat(english.get(1)).contains(List.of("Column", "Code", "Name (enter the code or the name)"),
                List.of("Gender", "MALE", "Male"));
        assertThat(template.fileName(Locale.ENGLISH)).isEqualTo("talent-import-template.xlsx");
        assertThat(imports.errorReportFileName(12345, Locale.ENGLISH)).isEqualTo("import-12345-errors.xlsx");

        List<List<List<String>>> chinese = sheets(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.get(0).get(0)).startsWith("姓名 *", "身份证号码 *", "性别");
        assertThat(chinese.get(1)).contains(List.of("列", "代码", "名称（可填代码或名称）"), List.of("性别", "MALE", "男"));
        assertThat(template.fileName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("人才导入模板.xlsx");
        assertThat(Attachment.contentDisposition("人才导入模板.xlsx"))
                .isEqualTo("attachment; filename*=UTF-8''%E4%BA%BA%E6%89%8D%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx");
    }

    private List<List<List<String>>> sheets(Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.write(out, locale);
        List<List<List<String>>> sheets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                names.add(sheet.getName());
                List<List<String>> rows = new ArrayList<>();
                try (var stream = sheet.openStream()) {
                    stream.forEach((Row row) -> {
                        List<String> values = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            values.add(row.getCellText(i));
                        }
                        rows.add(values);
                    });
                }
                sheets.add(rows);
            }
        }
        assertThat(names).containsExactly(Locale.ENGLISH.equals(locale) ? "Talents" : "人才信息",
                Locale.ENGLISH.equals(locale) ? "Instructions and codes" : "填写说明与代码表");
        return sheets;
    }
}
