package org.iptalent.platform.file;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an attachment is, told by its bytes and never by its name: a PDF, a Word or Excel document (the OLE2 formats
 * by the stream their directory names, the Office Open XML ones by the part their ZIP holds), or a PNG, JPEG or GIF
 * image. Anything else (an HTML page, an executable, a ZIP of something else) is no attachment.
 */
public enum AttachmentKind {
    PDF("application/pdf", "pdf"),
    DOC("application/msword", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("application/vnd.ms-excel", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};
    private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] EXCEL_STREAM = "Workbook".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] EXCEL_95_STREAM = "Book".getBytes(StandardCharsets.UTF_16LE);
    /** How many of a ZIP's entries are looked at for the document's main part (it comes among the first). */
    private static final int ZIP_ENTRIES_READ = 64;
    /** The longest name kept (uploaded_file.file_name). */
    public static final int MAX_NAME = 200;

    private final String mediaType;
    private final String extension;

    AttachmentKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The name to keep for a file of this kind sent as {@code original}: its last path segment without control or
     * format characters (a right-to-left override disguises an extension), {@code fallback} when nothing is left,
     * within {@value #MAX_NAME} characters, ending in this kind's extension: a PDF sent as "report.html" is kept as
     * "report.html.pdf", so that nobody who opens the download opens a page.
     */
    public String fileName(String original, String fallback) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = fallback;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean named = lower.endsWith("." + extension) || this == JPEG && lower.endsWith(".jpeg");
        String suffix = named ? "" : "." + extension;
        if (name.length() + suffix.length() > MAX_NAME) {
            name = name.substring(name.length() + suffix.length() - MAX_NAME);
        }
        return name + suffix;
    }

    public static Optional<AttachmentKind> of(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
            return Optional.of(GIF);
        }
        if (startsWith(content, OLE2)) {
            return ole2(content);
        }
        if (startsWith(content, ZIP_ENTRY)) {
            return officeOpenXml(content);
        }
        return Optional.empty();
    }

    /** A compound file is a Word document by its WordDocument stream, a workbook by its Workbook (or Book) one. */
    private static Optional<AttachmentKind> ole2(byte[] content) {
        if (indexOf(content, WORD_STREAM) >= 0) {
            return Optional.of(DOC);
        }
        if (indexOf(content, EXCEL_STREAM) >= 0 || indexOf(content, EXCEL_95_STREAM) >= 0) {
            return Optional.of(XLS);
        }
        return Optional.empty();
    }

    /**
     * A ZIP is a Word document when it holds word/document.xml, a workbook when it holds xl/workbook.xml: the names
     * of its local entry headers, read without inflating anything (a ZIP bomb costs nothing here).
     */
    private static Optional<AttachmentKind> officeOpenXml(byte[] content) {
        int at = 0;
        for (int entries = 0; entries < ZIP_ENTRIES_READ && at + 30 <= content.length; entries++) {
            if (!regionMatches(content, at, ZIP_ENTRY)) {
                return Optional.empty();
            }
            long compressed = littleEndian(content, at + 18, 4);
            int nameLength = (int) littleEndian(content, at + 26, 2);
            int extraLength = (int) littleEndian(content, at + 28, 2);
            int flags = (int) littleEndian(content, at + 6, 2);
            if (at + 30 + nameLength > content.length) {
                return Optional.empty();
            }
            String name = new String(content, at + 30, nameLength, StandardCharsets.UTF_8);
            if (name.equals("word/document.xml")) {
                return Optional.of(DOCX);
            }
            if (name.equals("xl/workbook.xml")) {
                return Optional.of(XLSX);
            }
            if ((flags & 0x08) != 0) {
                // sizes follow the data (a streamed entry): find the next entry's header instead
                int next = indexOf(content, ZIP_ENTRY, at + 30 + nameLength);
                if (next < 0) {
                    return Optional.empty();
                }
                at = next;
            } else {
                long following = at + 30L + nameLength + extraLength + compressed;
                if (following > content.length) {
                    return Optional.empty();
                }
                at = (int) following;
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return regionMatches(content, 0, magic);
    }

    private static boolean regionMatches(byte[] content, int at, byte[] magic) {
        return content.length - at >= magic.length
                && Arrays.equals(content, at, at + magic.length, magic, 0, magic.length);
    }

    private static long littleEndian(byte[] content, int at, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (content[at + i] & 0xFF);
        }
        return value;
    }

    private static int indexOf(byte[] content, byte[] part) {
        return indexOf(content, part, 0);
    }

    private static int indexOf(byte[] content, byte[] part, int from) {
        outer:
        for (int i = from; i <= content.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
