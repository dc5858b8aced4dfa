package org.iptalent.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.iptalent.shared.BusinessRuleException;
import org.iptalent.support.Spreadsheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookGuardTests {

    private static final WorkbookGuard.Limits SMALL = new WorkbookGuard.Limits(50_000_000, 150, 1_000, 4_000, 10_000);

    @TempDir
    Path dir;

    @Test
    void anOrdinaryWorkbookPasses() throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(List.of("张三" + i, "110101199003074477", "北京市", "专利代理师"));
        }
        WorkbookGuard.check(write(Spreadsheets.xlsx(List.of("姓名", "身份证号码", "行政区划代码", "人才类别"), rows)),
                WorkbookGuard.Limits.of(1_000_000));
    }

    @Test
    void aSharedStringLongerThanTheLimitIsRefusedEvenWhenSplitIntoRuns() throws IOException {
        String runs = "<r><t>" + "长".repeat(200) + "</t></r>";
        assertRefused(sharedStrings("<si>" + runs.repeat(3) + "</si>"), "import.file.cellTooLarge");
        check(sharedStrings("<si>" + runs + "</si><si>" + runs + "</si>"));
    }

    @Test
    void theSharedStringsTableAsAWholeIsBounded() throws IOException {
        assertRefused(sharedStrings("<si><t>0123456789</t></si>".repeat(200)), "import.file.sharedStringsTooLarge");
    }

    @Test
    void aRowOfManyInlineStringsIsBounded() throws IOException {
        String cell = "<c t=\"inlineStr\"><is><t>" + "x".repeat(900) + "</t></is></c>";
        assertRefused(part("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>" + cell.repeat(5)
                + "</row></sheetData></worksheet>"), "import.file.rowTooLarge");
        check(part("xl/worksheets/sheet1.xml", ("<worksheet><sheetData>" + ("<row>" + cell + "</row>").repeat(20)
                + "</sheetData></worksheet>")));
    }

    @Test
    void aHugeAttributeIsRefused() throws IOException {
        assertRefused(part("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"" + "1".repeat(70_000)
                + "\"/></sheetData></worksheet>"), "import.file.cellTooLarge");
    }

    @Test
    void entityDeclarationsAreRefusedWhereverTheyStandButCommentsAndCdataAreRead() throws IOException {
        assertRefused(part("xl/styles.xml", "<styleSheet><!--" + " ".repeat(10_000) + "--><!DOCTYPE x [<!ENTITY e \"e\">]>"
                + "</styleSheet>"), "import.file.xmlEntities");
        check(part("xl/styles.xml", "<styleSheet><!-- a comment -> with <tags> --><x><![CDATA[<b>&]]></x></styleSheet>"));
        assertRefused(part("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t><![CDATA["
                + "<>".repeat(600) + "]]></t></is></c></row></sheetData></worksheet>"), "import.file.cellTooLarge");
    }

    @Test
    void twoPartsOfTheSameNameAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbooc.xml"));
            zip.write("<!DOCTYPE x>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bytes = out.toByteArray();
        // rename the second entry in place (local header and central directory) to the first one's name: a
        // reader that looks parts up by name could then read another part than the one checked
        String zipText = new String(bytes, StandardCharsets.ISO_8859_1).replace("xl/workbooc.xml", "xl/workbook.xml");
        assertThatThrownBy(() -> WorkbookGuard.check(write(zipText.getBytes(StandardCharsets.ISO_8859_1)), SMALL))
                .isInstanceOf(BusinessRuleException.class);
    }

    private void check(Path file) throws IOException {
        WorkbookGuard.check(file, SMALL);
    }

    private void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> check(file)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
    }

    private Path sharedStrings(String items) throws IOException {
        return part("xl/sharedStrings.xml", "<sst>" + items + "</sst>");
    }

    private Path part(String name, String xml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return write(out.toByteArray());
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "book", ".xlsx");
        Files.write(file, bytes);
        return file;
    }
}
