package org.iptalent.spreadsheet.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.iptalent.shared.BusinessRuleException;

/**
 * Reads an uploaded spreadsheet row by row, as text, without trusting it: the format is sniffed from
 * the bytes (not the name); at upload, archives that declare absurd sizes or thousands of parts are refused
 * at once, and before an XLSX is parsed {@link WorkbookGuard} measures what it would really cost; and
 * CSV text is read as UTF-8 (with or without BOM) or, failing that, GB18030 — what Chinese Excel writes.
 */
final class SpreadsheetReader {

    enum Format { XLSX, CSV }

    /** Receives the header, then every non-empty row with its 1-based line number in the file. */
    interface Rows {
        void header(List<String> names);

        void row(int line, String[] values);
    }

    private static final long MAX_UNCOMPRESSED = 4L * 1024 * 1024 * 1024;
    private static final int MAX_RATIO = 150;
    /** More columns than any import has: a header wider than this is not one of ours. */
    static final int MAX_COLUMNS = 256;
    /**
     * No column of any import holds more characters than this; a longer cell keeps only this much (every
     * column an import reads has a shorter length rule, so its row is refused), so one row in flight never
     * costs more than columns × this.
     */
    static final int MAX_CELL_CHARS = 2_000;
    /** Longer than any number a talent's row holds (an identity number typed as a number has 18 digits). */
    private static final int MAX_NUMBER_CHARS = 40;
    /** A workbook has a few dozen parts; each costs the ZIP reader memory before anything is read. */
    private static final int MAX_PARTS = 10_000;

    private SpreadsheetReader() {
    }

    /** The format of a file, or a BusinessRuleException saying why it is not a spreadsheet we read. */
    static Format sniff(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read == 0) {
            throw new BusinessRuleException("file", "import.file.empty");
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            checkZip(file);
            return Format.XLSX;
        }
        if (read >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF) {
            throw new BusinessRuleException("file", "import.file.legacyExcel");
        }
        byte[] sample = new byte[64 * 1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(sample, 0, sample.length);
        }
        for (int i = 0; i < n; i++) {
            if (sample[i] == 0) {
                throw new BusinessRuleException("file", "import.file.notSpreadsheet");
            }
        }
        return Format.CSV;
    }

    /**
     * Reads the file; an XLSX is first measured by {@link WorkbookGuard}, so that no crafted part can cost the
     * reader more memory than {@code limits} allow.
     */
    static void read(Path file, Format format, int maxRows, WorkbookGuard.Limits limits, Rows rows)
            throws IOException {
        if (format == Format.XLSX) {
            WorkbookGuard.check(file, limits);
            readXlsx(file, maxRows, rows);
        } else {
            readCsv(file, maxRows, rows);
        }
    }

    /** Refuses archives that are not a workbook, that would expand absurdly, or that declare XML entities. */
    private static void checkZip(Path file) throws IOException {
        boolean workbook = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw new BusinessRuleException("file", "import.file.tooManyParts");
            }
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long compressed = Math.max(1, entry.getCompressedSize());
                total += Math.max(0, size);
                if (size < 0 || total > MAX_UNCOMPRESSED || (size > 10_000_000 && size / compressed > MAX_RATIO)) {
                    throw new BusinessRuleException("file", "import.file.zipBomb");
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    workbook = true;
                }
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        String start = new String(in.readNBytes(2048), StandardCharsets.UTF_8);
                        if (start.contains("<!DOCTYPE") || start.contains("<!ENTITY")) {
                            throw new BusinessRuleException("file", "import.file.xmlEntities");
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new BusinessRuleException("file", "import.file.notSpreadsheet");
        }
        if (!workbook) {
            throw new BusinessRuleException("file", "import.file.notSpreadsheet");
        }
    }

    private static void readXlsx(Path file, int maxRows, Rows rows) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> it = stream.iterator();
            List<String> header = null;
            int count = 0;
            while (it.hasNext()) {
                Row row = it.next();
                if (header == null) {
                    header = new ArrayList<>();
                    if (row.getCellCount() > MAX_COLUMNS) {
                        throw new BusinessRuleException("file", "import.file.tooManyColumns", MAX_COLUMNS);
                    }
                    for (int i = 0; i < row.getCellCount(); i++) {
                        header.add(text(row.getCell(i)));
                    }
                    rows.header(header);
                    continue;
                }
                String[] values = new String[header.size()];
                boolean empty = true;
                for (int i = 0; i < values.length && i < row.getCellCount(); i++) {
                    values[i] = text(row.getCell(i));
                    empty &= values[i] == null || values[i].isBlank();
                }
                if (empty) {
                    continue;
                }
                if (++count > maxRows) {
                    throw new BusinessRuleException("file", "import.file.tooManyRows", maxRows);
                }
                rows.row(row.getRowNum(), values);
            }
            if (header == null) {
                throw new BusinessRuleException("file", "import.file.empty");
            }
        } catch (BusinessRuleException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BusinessRuleException("file", "import.file.notSpreadsheet");
        }
    }

    /** A cell as the user sees it; an 18-digit number typed into a numeric cell has already lost digits. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            String raw = cell.getRawValue();
            if (raw == null || raw.length() > MAX_NUMBER_CHARS) {
                return bounded(raw);
            }
            BigDecimal number = cell.asNumber();
            // 1E999999999 is eleven characters and a billion digits once written out: such a cell stays as typed
            if (Math.abs((long) number.scale()) > MAX_NUMBER_CHARS) {
                return raw;
            }
            String format = cell.getDataFormatString();
            if (format != null && (format.contains("yy") || format.contains("d"))) {
                return cell.asDate().toLocalDate().toString();
            }
            return number.stripTrailingZeros().toPlainString();
        }
        return bounded(cell.getText());
    }

    /** The cell's text, trimmed, and cut to {@link #MAX_CELL_CHARS} (a copy, so the long original can go). */
    private static String bounded(String text) {
        if (text == null) {
            return null;
        }
        // a NUL is no character of any cell we read, and neither PostgreSQL's text nor XML can hold one
        String trimmed = (text.indexOf('\u0000') >= 0 ? text.replace("\u0000", "") : text).trim();
        return trimmed.length() > MAX_CELL_CHARS ? new String(trimmed.substring(0, MAX_CELL_CHARS)) : trimmed;
    }

    private static void readCsv(Path file, int maxRows, Rows rows) throws IOException {
        Charset charset = detectCharset(file);
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (charset == StandardCharsets.UTF_8) {
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
                in.reset();
            }
        }
        Reader reader = new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).ofCsvRecord(reader)) {
            List<String> header = null;
            int count = 0;
            for (CsvRecord record : csv) {
                if (header == null) {
                    if (record.getFieldCount() > MAX_COLUMNS) {
                        throw new BusinessRuleException("file", "import.file.tooManyColumns", MAX_COLUMNS);
                    }
                    header = record.getFields().stream().map(String::trim).toList();
                    rows.header(header);
                    continue;
                }
                String[] values = new String[header.size()];
                for (int i = 0; i < values.length && i < record.getFieldCount(); i++) {
                    values[i] = bounded(record.getField(i));
                }
                if (Arrays.stream(values).allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                if (++count > maxRows) {
                    throw new BusinessRuleException("file", "import.file.tooManyRows", maxRows);
                }
                rows.row((int) record.getStartingLineNumber(), values);
            }
            if (header == null) {
                throw new BusinessRuleException("file", "import.file.empty");
            }
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new BusinessRuleException("file", "import.file.encoding");
            }
            throw e;
        } catch (CsvParseException e) {
            // FastCSV's own bounds: a field over 16M characters, a record over 16,384 fields
            throw new BusinessRuleException("file", "import.file.rowTooLarge", 16 * 1024);
        }
    }

    /** UTF-8 when the start of the file decodes as UTF-8 (or has its BOM), else GB18030. */
    static Charset detectCharset(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(256 * 1024);
        }
        if (sample.length >= 3 && (sample[0] & 0xff) == 0xEF && (sample[1] & 0xff) == 0xBB
                && (sample[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        // a sample cut inside a multi-byte character is still UTF-8: allow up to 3 trailing bytes to fail
        for (int cut = 0; cut <= 3 && cut < sample.length; cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(sample, 0, sample.length - cut));
                return StandardCharsets.UTF_8;
            } catch (CharacterCodingException e) {
                if (sample.length < 256 * 1024) {
                    break;
                }
            }
        }
        return Charset.forName("GB18030");
    }
}
