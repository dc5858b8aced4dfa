package org.iptalent.spreadsheet.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iptalent.shared.BusinessRuleException;

/**
 * {@link WorkbookGuard}'s byte-level pass over one part: no parser, so nothing it reads is ever held. A part
 * that does not start (after a UTF-8 byte-order mark and white space) with markup is not XML to any parser and is
 * only counted.
 * Text is counted per string ({@code si}, or a cell's inline {@code is}, whose rich-text runs the reader
 * joins into one String) or per text node elsewhere, and per row; a DOCTYPE or entity declaration anywhere
 * is refused. Names are compared without their namespace prefix, as the reader's parser does.
 */
final class WorkbookXmlScan {

    private static final int MAX_TAG = 64 * 1024;
    /** A cell, row or formula tag holds a few attributes; longer ones are not Excel's. */
    private static final int MAX_SMALL_TAG = 1024;
    private static final int MAX_DEPTH = 64;
    /** Excel's own limits: the reader allocates a row's cells up to the highest column it is told. */
    private static final int MAX_COLUMN = 16_384;
    private static final int MAX_ROW = 1_048_576;
    private static final Pattern CELL_ADDRESS = Pattern.compile("\\br\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern LETTERS_DIGITS = Pattern.compile("([A-Za-z]*)([0-9]*)");
    /** Excel writes a number in at most about 25 characters; the reader parses a numeric cell eagerly. */
    private static final int MAX_NUMBER = 64;
    private static final Pattern TEXT_TYPE = Pattern.compile("\\bt\\s*=\\s*[\"'](s|str|inlineStr|e|b)[\"']");
    private static final Pattern FORMULA_TYPE = Pattern.compile("\\bt\\s*=\\s*[\"']array[\"']");
    private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private enum State { START, BINARY, TEXT, OPEN, TAG, BANG, COMMENT, CDATA, PI }

    private final WorkbookGuard.Limits limits;
    private final WorkbookCost total;
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

    WorkbookXmlScan(WorkbookGuard.Limits limits, WorkbookCost total) {
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
