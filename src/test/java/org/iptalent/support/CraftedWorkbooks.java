package org.iptalent.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks an attacker would upload: valid XLSX packages whose parts cost a reader far more than their
 * size suggests. Written as a stream, so a test can make a part that inflates to gigabytes without ever
 * holding it.
 */
public final class CraftedWorkbooks {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
            </Types>""";
    private static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
            <sheet name="人才" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
            </Relationships>""";
    private static final String SHEET_START = """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";
    private static final String SHEET_END = "</sheetData></worksheet>";

    private CraftedWorkbooks() {
    }

    /** A header row of inline strings, then a row whose first cell is the shared string 0. */
    private static String sheetReferringToSharedString() {
        return SHEET_START + headerRow() + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>" + SHEET_END;
    }

    private static String headerRow() {
        return "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>身份证号码</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>行政区划代码</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>人才类别</t></is></c></row>";
    }

    /**
     * The attack: one shared string of {@code bytes} letters. The directory declares {@code declaredSize} for
     * the part, so a check of the declared sizes sees an ordinary compression ratio.
     */
    public static byte[] oneHugeSharedString(long bytes, int declaredSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            frame(zip, sheetReferringToSharedString());
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>").getBytes(StandardCharsets.UTF_8));
            repeat(zip, (byte) 'A', bytes);
            zip.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return declareSize(out.toByteArray(), "xl/sharedStrings.xml", declaredSize);
    }

    /**
     * A sheet of {@code rows} identical rows that inflates far beyond what the ZIP directory declares for it:
     * the central directory says {@code declaredSize} bytes.
     */
    public static byte[] sheetLyingAboutItsSize(int rows, int declaredSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (String[] part : frameParts()) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write((SHEET_START + headerRow()).getBytes(StandardCharsets.UTF_8));
            byte[] row = ("<row><c t=\"inlineStr\"><is><t>张三</t></is></c><c t=\"inlineStr\"><is><t>110101199003074477"
                    + "</t></is></c><c t=\"inlineStr\"><is><t>110000</t></is></c><c t=\"inlineStr\"><is><t>专利代理师</t>"
                    + "</is></c></row>").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < rows; i++) {
                zip.write(row);
            }
            zip.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return declareSize(out.toByteArray(), "xl/worksheets/sheet1.xml", declaredSize);
    }

    /** A workbook whose sheet holds the template's header row, then {@code rows} (XML of row elements). */
    public static byte[] withRows(String rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            frame(zip, SHEET_START + headerRow() + rows + SHEET_END);
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A well-formed workbook with a DOCTYPE further in than the first few kilobytes. */
    public static byte[] lateDoctype() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            frame(zip, SHEET_START + headerRow() + "<!-- " + "x".repeat(8192) + " -->" + SHEET_END);
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a</t></si>"
                    + "<!-- " + "x".repeat(4096) + " --><!DOCTYPE x [<!ENTITY e \"e\">]></sst>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static String[][] frameParts() {
        return new String[][] {{"[Content_Types].xml", CONTENT_TYPES}, {"_rels/.rels", ROOT_RELS},
            {"xl/workbook.xml", WORKBOOK}, {"xl/_rels/workbook.xml.rels", WORKBOOK_RELS}};
    }

    private static void frame(ZipOutputStream zip, String sheet) throws IOException {
        for (String[] part : frameParts()) {
            zip.putNextEntry(new ZipEntry(part[0]));
            zip.write(part[1].getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        zip.write(sheet.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void repeat(OutputStream out, byte b, long count) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, b);
        for (long left = count; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }

    /** Rewrites the uncompressed size the central directory declares for one entry. */
    private static byte[] declareSize(byte[] zip, String name, int size) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (buffer.getInt(i) != 0x02014b50) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(i + 28));
            if (nameLength == wanted.length && Arrays.equals(zip, i + 46, i + 46 + nameLength, wanted, 0,
                    wanted.length)) {
                buffer.putInt(i + 24, size);
                return zip;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }
}
