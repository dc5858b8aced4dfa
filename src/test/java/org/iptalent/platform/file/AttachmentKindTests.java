package org.iptalent.platform.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** An attachment is what its bytes are, whatever its name says; its kept name ends in what it is. */
class AttachmentKindTests {

    @Test
    void documentsAndImagesAreToldByTheirBytes() throws IOException {
        assertThat(AttachmentKind.of("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).contains(AttachmentKind.PDF);
        assertThat(AttachmentKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(AttachmentKind.PNG);
        assertThat(AttachmentKind.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(AttachmentKind.JPEG);
        assertThat(AttachmentKind.of("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains(AttachmentKind.GIF);
        assertThat(AttachmentKind.of(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")))
                .contains(AttachmentKind.DOCX);
        assertThat(AttachmentKind.of(zip("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")))
                .contains(AttachmentKind.XLSX);
        assertThat(AttachmentKind.of(ole2("WordDocument"))).contains(AttachmentKind.DOC);
        assertThat(AttachmentKind.of(ole2("Workbook"))).contains(AttachmentKind.XLS);
    }

    @Test
    void anythingElseIsNoAttachment() throws IOException {
        assertThat(AttachmentKind.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentKind.of("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).as("an executable")
                .isEmpty();
        assertThat(AttachmentKind.of(zip("payload.exe", "readme.txt"))).as("a ZIP of something else").isEmpty();
        assertThat(AttachmentKind.of(ole2("SomethingElse"))).as("a compound file neither Word nor Excel").isEmpty();
        assertThat(AttachmentKind.of(new byte[0])).isEmpty();
        assertThat(AttachmentKind.of(Arrays.copyOf(zip("word/document.xml"), 20))).as("a truncated ZIP").isEmpty();
    }

    @Test
    void theNameKeptEndsInWhatTheFileIs() {
        assertThat(AttachmentKind.PDF.fileName("C:\\报告\\2025年度进展.pdf", "attachment")).isEqualTo("2025年度进展.pdf");
        assertThat(AttachmentKind.PDF.fileName("evil.html", "attachment")).isEqualTo("evil.html.pdf");
        assertThat(AttachmentKind.DOCX.fileName("report\u202Excod.docx", "attachment")).isEqualTo("reportxcod.docx");
        assertThat(AttachmentKind.JPEG.fileName("photo.JPEG", "attachment")).isEqualTo("photo.JPEG");
        assertThat(AttachmentKind.PNG.fileName("../..", "attachment")).isEqualTo("attachment.png");
        assertThat(AttachmentKind.XLSX.fileName("x".repeat(300), "attachment")).hasSize(AttachmentKind.MAX_NAME)
                .endsWith(".xlsx");
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<x>" + name + "</x>").repeat(50).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The head of a compound file with a directory entry of that stream name (UTF-16LE, as OLE2 stores it). */
    private static byte[] ole2(String stream) {
        byte[] head = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] name = stream.getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[1024];
        System.arraycopy(head, 0, content, 0, head.length);
        System.arraycopy(name, 0, content, 512, name.length);
        return content;
    }
}
