package org.iptalent.spreadsheet.internal;

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
                + "\"/></sheetData></worksheet>"), "import.file.tagTooLarge");
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
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bytes = out.toByteArray();
        // rename the second entry in place (local header and central directory) to the first one's name: a
        // reader that looks parts up by name could then read another part than the one checked
        String zipText = new String(bytes, StandardCharsets.ISO_8859_1).replace("xl/workbooc.xml", "xl/workbook.xml");
        assertThatThrownBy(() -> WorkbookGuard.check(write(zipText.getBytes(StandardCharsets.ISO_8859_1)), SMALL))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("import.file.notSpreadsheet");
    }

    @Test
    void everyPartAParserWouldReadIsScannedWhateverItsName() throws IOException {
        String huge = "<sst><si><t>" + "x".repeat(2_000) + "</t></si></sst>";
        assertRefused(part("xl/strings.bin", huge), "import.file.cellTooLarge");
        assertRefused(part("xl/sharedStrings.XML", "\uFEFF  " + huge), "import.file.cellTooLarge");
        // an image is not markup: counted, not scanned
        check(part("xl/media/image1.png", "\u0089PNG<!x" + "y".repeat(5_000)));
    }

    @Test
    void partsInUtf16AreRefusedSinceTheirMarkupIsInvisibleToTheScan() throws IOException {
        byte[] utf16 = ("\uFEFF<sst><si><t>a</t></si></sst>").getBytes(StandardCharsets.UTF_16LE);
        assertRefused(zip("xl/sharedStrings.xml", utf16), "import.file.notSpreadsheet");
        assertRefused(zip("xl/sharedStrings.xml", "<sst/>".getBytes(StandardCharsets.UTF_16BE)),
                "import.file.notSpreadsheet");
        assertRefused(part("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><sst/>"),
                "import.file.notSpreadsheet");
        check(part("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><sst/>"));
    }

    @Test
    void aLongNamespacePrefixDoesNotHideAString() throws IOException {
        String runs = "<x:r><x:t>" + "长".repeat(200) + "</x:t></x:r>";
        assertRefused(sharedStrings("<spreadsheetmlxyzabc:si>" + runs.repeat(3) + "</spreadsheetmlxyzabc:si>"),
                "import.file.cellTooLarge");
    }

    @Test
    void cellAddressesBeyondExcelAreRefused() throws IOException {
        assertRefused(sheet("<row r=\"2\"><c r=\"ZZZZZZ2\"/></row>"), "import.file.badAddress");
        assertRefused(sheet("<row r=\"2\"><c r=\"XFE2\"/></row>"), "import.file.badAddress");
        assertRefused(sheet("<row r=\"2\"><c r=\"&#90;&#90;&#90;&#90;2\"/></row>"), "import.file.badAddress");
        assertRefused(sheet("<row r=\"99999999\"><c/></row>"), "import.file.badAddress");
        check(sheet("<row r=\"1048576\"><c r=\"XFD1048576\" s=\"1\" t=\"s\"><v>0</v></c></row>"));
    }

    @Test
    void aRowOfMillionsOfEmptyCellsIsRefused() throws IOException {
        assertRefused(sheet("<row>" + "<c/>".repeat(16_385) + "</row>"), "import.file.rowTooWide");
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        assertRefused(sheet("<a>".repeat(100) + "</a>".repeat(100)), "import.file.notSpreadsheet");
    }

    @Test
    void arrayFormulasAreBoundedAndANumericCellCannotHoldAHugeNumber() throws IOException {
        assertRefused(sheet(("<row><c><f t=\"array\" ref=\"A1\">1</f><v>1</v></c></row>").repeat(11)),
                "import.file.formulas");
        assertRefused(sheet("<row><c r=\"A2\"><v>" + "9".repeat(100) + "</v></c></row>"), "import.file.numberTooLong");
        check(sheet("<row><c r=\"A2\" t=\"str\"><v>" + "9".repeat(100) + "</v></c></row>"));
    }

    @Test
    void aSheetThatInflatesFarBeyondItsCompressedBytesIsStoppedWhileInflating() throws IOException {
        byte[] zeros = new byte[30_000_000];
        java.util.Arrays.fill(zeros, (byte) ' ');
        assertRefused(zip("xl/worksheets/sheet1.xml", zeros), "import.file.zipBomb");
        WorkbookGuard.Limits tight = new WorkbookGuard.Limits(1_000_000, 1_000_000, 1_000, 4_000, 10_000);
        assertThatThrownBy(() -> WorkbookGuard.check(zip("xl/worksheets/sheet1.xml", java.util.Arrays.copyOf(zeros,
                2_000_000)), tight))
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("import.file.zipBomb");
    }

    private Path sheet(String rows) throws IOException {
        return part("xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + rows + "</sheetData></worksheet>");
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
        return zip(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    private Path zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
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
