package org.iptalent.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.iptalent.shared.BusinessRuleException;

/**
 * Reads every part of an XLSX once, in bounded memory, before the workbook reader does, and refuses a
 * file that would cost that reader more memory or time than {@link Limits} allow. It never trusts what
 * the archive declares: it counts the bytes it actually inflates against the compressed bytes it actually
 * read. Every part that an XML parser would accept is scanned as XML, whatever its name (the reader finds
 * its parts through the package's content types and relationships, which the file chooses): the longest
 * tag, the text of one shared string, one cell or one formula, the text, cells and cell addresses of one
 * row, the nesting depth, and the shared-strings table as a whole, which the reader keeps in memory.
 * Parts in an encoding other than UTF-8 (or an ASCII superset) are refused: Excel writes UTF-8, and a
 * UTF-16 part would hide its markup from this scan. It opens the archive with the reader's ZIP library
 * and refuses duplicate part names, so that both see the same parts.
 */
final class WorkbookGuard {

    /**
     * @param maxInflated      bytes all parts may inflate to together
     * @param maxRatio         inflated ÷ compressed above which a part larger than 10 MB is a ZIP bomb
     * @param maxText          bytes of XML text in one shared string, one cell or one text node
     * @param maxRowText       bytes of XML text in one row of a sheet (the reader holds a whole row)
     * @param maxSharedStrings estimated bytes of memory the shared-strings table may take
     */
    record Limits(long maxInflated, int maxRatio, int maxText, int maxRowText, long maxSharedStrings) {

        static Limits of(long maxSharedStrings) {
            return new Limits(4L * 1024 * 1024 * 1024, 150, 256 * 1024, 1024 * 1024, maxSharedStrings);
        }
    }

    private static final long RATIO_FLOOR = 10_000_000;
    private static final int MAX_TAG = 64 * 1024;
    /** A cell, row or formula tag holds a few attributes; longer ones are not Excel's. */
    private static final int MAX_SMALL_TAG = 1024;
    private static final int MAX_DEPTH = 64;
    /** Excel's own limits: the reader allocates a row's cells up to the highest column it is told. */
    private static final int MAX_COLUMN = 16_384;
    private static final int MAX_ROW = 1_048_576;
    /** The reader keeps every array formula and compares each cell against all of them. */
    private static final int MAX_ARRAY_FORMULAS = 10;
    private static final long MAX_FORMULA_TEXT = 16L * 1024 * 1024;
    /** What one shared string costs the reader beyond its characters: the String and its slot in the list. */
    private static final int STRING_OVERHEAD = 64;
    private static final Pattern CELL_ADDRESS = Pattern.compile("\\br\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern LETTERS_DIGITS = Pattern.compile("([A-Za-z]*)([0-9]*)");
    /** Excel writes a number in at most about 25 characters; the reader parses a numeric cell eagerly. */
    private static final int MAX_NUMBER = 64;
    private static final Pattern TEXT_TYPE = Pattern.compile("\\bt\\s*=\\s*[\"'](s|str|inlineStr|e|b)[\"']");
    private static final Pattern FORMULA_TYPE = Pattern.compile("\\bt\\s*=\\s*[\"']array[\"']");
    private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private WorkbookGuard() {
    }

    static void check(Path file, Limits limits) throws IOException {
        long fileSize = Files.size(file);
        Counter total = new Counter(limits);
        boolean workbook = false;
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            Set<String> names = new HashSet<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (!names.add(entry.getName())) {
                    throw new BusinessRuleException("file", "import.file.notSpreadsheet");
                }
                workbook |= entry.getName().equals("xl/workbook.xml");
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    if (in == null) {
                        throw new BusinessRuleException("file", "import.file.notSpreadsheet");
                    }
                    read(in, fileSize, new XmlScan(limits, total), total);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new BusinessRuleException("file", "import.file.notSpreadsheet");
        }
        if (!workbook) {
            throw new BusinessRuleException("file", "import.file.notSpreadsheet");
        }
    }

    private static void read(InputStream in, long fileSize, XmlScan scan, Counter total) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long inflated = 0;
        InputStreamStatistics statistics = in instanceof InputStreamStatistics s ? s : null;
        for (int n; (n = in.read(buffer)) > 0; ) {
            inflated += n;
            total.inflated(n);
            // the compressed bytes really consumed: the directory's compressed size is the file's word too
            long compressed = Math.max(1, statistics != null ? statistics.getCompressedCount() : fileSize);
            if (inflated > RATIO_FLOOR && inflated / compressed > total.limits.maxRatio()) {
                throw new BusinessRuleException("file", "import.file.zipBomb");
            }
            scan.feed(buffer, n);
        }
    }

    /** What the whole file has cost so far. */
    private static final class Counter {
        final Limits limits;
        long inflated;
        long sharedStrings;
        long formulaText;
        int arrayFormulas;

        Counter(Limits limits) {
            this.limits = limits;
        }

        void inflated(int n) {
            inflated += n;
            if (inflated > limits.maxInflated()) {
                throw new BusinessRuleException("file", "import.file.zipBomb");
            }
        }

        void sharedString(long bytes) {
            sharedStrings += bytes + STRING_OVERHEAD;
            if (sharedStrings > limits.maxSharedStrings()) {
                throw new BusinessRuleException("file", "import.file.sharedStringsTooLarge",
                        limits.maxSharedStrings() / (1024 * 1024));
            }
        }

        void formulaText(int n) {
            if ((formulaText += n) > MAX_FORMULA_TEXT) {
                throw new BusinessRuleException("file", "import.file.formulas");
            }
        }

        void arrayFormula() {
            if (++arrayFormulas > MAX_ARRAY_FORMULAS) {
                throw new BusinessRuleException("file", "import.file.formulas");
            }
        }
    }

    /**
     * A byte-level pass over one part: no parser, so nothing it reads is ever held. A part that does not start
     * (after a UTF-8 byte-order mark and white space) with markup is not XML to any parser and is only counted.
     * Text is counted per string ({@code si}, or a cell's inline {@code is}, whose rich-text runs the reader
     * joins into one String) or per text node elsewhere, and per row; a DOCTYPE or entity declaration anywhere
     * is refused. Names are compared without their namespace prefix, as the reader's parser does.
     */
    private static final class XmlScan {
        private enum State { START, BINARY, TEXT, OPEN, TAG, BANG, COMMENT, CDATA, PI }

        private final Limits limits;
        private final Counter total;
        private State state = State.START;
        private int bomSeen;
        private final StringBuilder name = new StringBuilder();
        private final StringBuilder bang = new StringBuilder();
        private final byte[] small = new byte[MAX_SMALL_TAG];
        private final StringBuilder instruction = new StringBuilder();
        private boolean nameDone;
        private boolean longName;
        private boolean closing;
        private byte quote;
        private byte previous;
        private byte beforePrevious;
        private int tag;
        private int depth;
        private long text;
        private long rowText;
        private int rowCells;
        private boolean inString;
        private boolean inRow;
        private boolean inFormula;
        private boolean numericCell;
        private boolean inNumber;

        XmlScan(Limits limits, Counter total) {
            this.limits = limits;
            this.total = total;
        }

        void feed(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (state == State.BINARY) {
                    return;
                }
                if (b == 0 && state != State.START) {
                    // UTF-8 markup never holds a NUL; UTF-16 and UTF-32 do at every other byte
                    throw new BusinessRuleException("file", "import.file.notSpreadsheet");
                }
                switch (state) {
                    case START -> start(b);
                    case TEXT -> {
                        if (b == '<') {
                            state = State.OPEN;
                        } else {
                            text(1);
                        }
                    }
                    case OPEN -> open(b);
                    case TAG -> tag(b);
                    case BANG -> {
                        bang.append((char) b);
                        if (bang.toString().equals("--")) {
                            state = State.COMMENT;
                        } else if (bang.toString().equals("[CDATA[")) {
                            state = State.CDATA;
                        } else if (!"--".startsWith(bang.toString()) && !"[CDATA[".startsWith(bang.toString())) {
                            // <!DOCTYPE, <!ENTITY and anything else the reader's parser would have to expand
                            throw new BusinessRuleException("file", "import.file.xmlEntities");
                        }
                    }
                    case COMMENT -> {
                        if (b == '>' && previous == '-' && beforePrevious == '-') {
                            state = State.TEXT;
                        }
                    }
                    case CDATA -> {
                        if (b == '>' && previous == ']' && beforePrevious == ']') {
                            state = State.TEXT;
                        } else {
                            text(1);
                        }
                    }
                    case PI -> instruction(b);
                    default -> throw new IllegalStateException(state.name());
                }
                beforePrevious = previous;
                previous = b;
            }
        }

        /** The part's first bytes decide whether a parser would read it as XML, and in which encoding. */
        private void start(byte b) {
            int u = b & 0xff;
            if (bomSeen > 0 && bomSeen < 3) {
                if (u != (bomSeen == 1 ? 0xBB : 0xBF)) {
                    state = State.BINARY;
                }
                bomSeen++;
                return;
            }
            if (u == 0xEF && bomSeen == 0) {
                bomSeen = 1;
            } else if (u == 0x00 || u == 0xFE || u == 0xFF) {
                // UTF-16 or UTF-32, with or without a byte-order mark
                throw new BusinessRuleException("file", "import.file.notSpreadsheet");
            } else if (u == '<') {
                state = State.OPEN;
            } else if (u != ' ' && u != '\t' && u != '\r' && u != '\n') {
                state = State.BINARY;
            }
        }

        private void open(byte b) {
            if (b == '!') {
                state = State.BANG;
                bang.setLength(0);
            } else if (b == '?') {
                state = State.PI;
                instruction.setLength(0);
            } else {
                state = State.TAG;
                tag = 1;
                quote = 0;
                name.setLength(0);
                nameDone = false;
                longName = false;
                closing = b == '/';
                if (!closing) {
                    name.append((char) b);
                }
                small[0] = b;
            }
        }

        private void tag(byte b) {
            if (tag < MAX_SMALL_TAG) {
                small[tag] = b;
            }
            if (++tag > MAX_TAG) {
                throw new BusinessRuleException("file", "import.file.tagTooLarge", MAX_TAG / 1024);
            }
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
                return;
            }
            if (b == '"' || b == '\'') {
                quote = b;
                nameDone = true;
                return;
            }
            if (b == '>') {
                element(previous == '/');
                state = State.TEXT;
                return;
            }
            if (!nameDone) {
                if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '/') {
                    nameDone = true;
                } else if (b == ':') {
                    // the prefix says nothing, however long: the reader compares local names
                    name.setLength(0);
                    longName = false;
                } else if (name.length() < 16) {
                    name.append((char) b);
                } else {
                    longName = true;
                }
            }
        }

        /** A tag ended: strings, rows, cells and formulas start and end here. */
        private void element(boolean empty) {
            String local = longName ? "~" : name.toString();
            if (!closing && !empty && ++depth > MAX_DEPTH) {
                throw new BusinessRuleException("file", "import.file.notSpreadsheet");
            }
            if (closing) {
                depth--;
            }
            boolean small = local.equals("c") || local.equals("row") || local.equals("f");
            if (small && !closing && tag > MAX_SMALL_TAG) {
                throw new BusinessRuleException("file", "import.file.tagTooLarge", MAX_SMALL_TAG / 1024);
            }
            switch (local) {
                case "si", "is" -> {
                    if (inString && closing && local.equals("si")) {
                        total.sharedString(text);
                    } else if (empty && local.equals("si")) {
                        total.sharedString(0);
                    }
                    inString = !closing && !empty;
                    text = 0;
                }
                case "row" -> {
                    if (!closing) {
                        address(false);
                    }
                    inRow = !closing && !empty;
                    rowText = 0;
                    rowCells = 0;
                    text = 0;
                }
                case "c" -> {
                    numericCell = !closing && !TEXT_TYPE.matcher(attributes()).find();
                    if (!closing) {
                        address(true);
                        if (inRow && ++rowCells > MAX_COLUMN) {
                            throw new BusinessRuleException("file", "import.file.rowTooWide", MAX_COLUMN);
                        }
                    }
                    text = 0;
                }
                case "v" -> {
                    inNumber = numericCell && !closing && !empty;
                    text = 0;
                }
                case "f" -> {
                    if (!closing && FORMULA_TYPE.matcher(attributes()).find()) {
                        total.arrayFormula();
                    }
                    inFormula = !closing && !empty;
                    text = 0;
                }
                default -> {
                    if (!inString) {
                        text = 0;
                    }
                }
            }
        }

        private String attributes() {
            return new String(small, 0, Math.min(tag, MAX_SMALL_TAG), StandardCharsets.ISO_8859_1);
        }

        /** A cell's or row's address, which the reader turns into an index it allocates up to. */
        private void address(boolean cell) {
            String attributes = attributes();
            Matcher r = CELL_ADDRESS.matcher(attributes);
            // an entity could spell any address the scan does not see; no attribute of a cell or row needs one
            if (attributes.indexOf('&') >= 0) {
                throw new BusinessRuleException("file", "import.file.badAddress", MAX_COLUMN, MAX_ROW);
            }
            if (!r.find()) {
                return;
            }
            Matcher parts = LETTERS_DIGITS.matcher(r.group(1));
            if (!parts.matches()) {
                throw new BusinessRuleException("file", "import.file.badAddress", MAX_COLUMN, MAX_ROW);
            }
            String letters = parts.group(1);
            String digits = parts.group(2);
            boolean bad = cell ? letters.length() > 3 : !letters.isEmpty();
            int column = 0;
            for (char ch : letters.toUpperCase(Locale.ROOT).toCharArray()) {
                column = column * 26 + (ch - 'A' + 1);
            }
            bad |= column > MAX_COLUMN || digits.length() > 7
                    || !digits.isEmpty() && Integer.parseInt(digits) > MAX_ROW;
            if (bad) {
                throw new BusinessRuleException("file", "import.file.badAddress", MAX_COLUMN, MAX_ROW);
            }
        }

        /** A processing instruction; the XML declaration may name only UTF-8 (or ASCII) as its encoding. */
        private void instruction(byte b) {
            if (b == '>' && previous == '?') {
                String pi = instruction.toString();
                Matcher encoding = DECLARED_ENCODING.matcher(pi);
                if (pi.startsWith("xml") && encoding.find()
                        && !encoding.group(1).trim().toUpperCase(Locale.ROOT).matches("UTF-?8|US-ASCII|ASCII")) {
                    throw new BusinessRuleException("file", "import.file.notSpreadsheet");
                }
                state = State.TEXT;
            } else if (instruction.length() < 256) {
                instruction.append((char) b);
            }
        }

        private void text(int n) {
            text += n;
            if (text > limits.maxText()) {
                throw new BusinessRuleException("file", "import.file.cellTooLarge", limits.maxText() / 1024);
            }
            if (inRow && (rowText += n) > limits.maxRowText()) {
                throw new BusinessRuleException("file", "import.file.rowTooLarge", limits.maxRowText() / 1024);
            }
            if (inFormula) {
                total.formulaText(n);
            }
            if (inNumber && text > MAX_NUMBER) {
                throw new BusinessRuleException("file", "import.file.numberTooLong", MAX_NUMBER);
            }
        }
    }
}
