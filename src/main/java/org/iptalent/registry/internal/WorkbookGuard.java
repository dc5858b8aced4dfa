package org.iptalent.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.iptalent.shared.BusinessRuleException;

/**
 * Reads every part of an XLSX once, in bounded memory, before the workbook reader does, and refuses a
 * file that would cost that reader more memory or time than {@link Limits} allow. It never trusts what
 * the archive declares: it counts the bytes it actually inflates, and it measures the XML the way the
 * reader's parser would hold it — the longest tag, the text of one shared string or one cell, the text of
 * one row, and the shared-strings table as a whole, which the reader keeps in memory. It opens the
 * archive with the same ZIP library as the reader, and refuses duplicate part names, so both see the
 * same parts.
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
    /** What one shared string costs the reader beyond its characters: the String and its slot in the list. */
    private static final int STRING_OVERHEAD = 64;

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
                long compressed = Math.max(1, Math.min(fileSize, entry.getCompressedSize() < 0 ? fileSize
                        : entry.getCompressedSize()));
                boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
                try (InputStream in = zip.getInputStream(entry)) {
                    if (in == null) {
                        throw new BusinessRuleException("file", "import.file.notSpreadsheet");
                    }
                    read(in, compressed, xml ? new XmlScan(limits, total) : null, total);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new BusinessRuleException("file", "import.file.notSpreadsheet");
        }
        if (!workbook) {
            throw new BusinessRuleException("file", "import.file.notSpreadsheet");
        }
    }

    private static void read(InputStream in, long compressed, XmlScan scan, Counter total) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long inflated = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            inflated += n;
            total.inflated(n);
            if (inflated > RATIO_FLOOR && inflated / compressed > total.limits.maxRatio()) {
                throw new BusinessRuleException("file", "import.file.zipBomb");
            }
            if (scan != null) {
                scan.feed(buffer, n);
            }
        }
    }

    /** What the whole file has cost so far. */
    private static final class Counter {
        final Limits limits;
        long inflated;
        long sharedStrings;

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
    }

    /**
     * A byte-level pass over one XML part: no parser, so nothing it reads is ever held. Text is counted per
     * string ({@code si}, or a cell's inline {@code is}, whose rich-text runs the reader joins into one
     * String) or per text node elsewhere, and per row; a DOCTYPE or entity declaration anywhere is refused.
     */
    private static final class XmlScan {
        private enum State { TEXT, OPEN, TAG, BANG, COMMENT, CDATA, PI }

        private final Limits limits;
        private final Counter total;
        private State state = State.TEXT;
        private final StringBuilder name = new StringBuilder();
        private final StringBuilder bang = new StringBuilder();
        private boolean nameDone;
        private boolean closing;
        private byte quote;
        private byte previous;
        private byte beforePrevious;
        private int tag;
        private long text;
        private long rowText;
        private boolean inString;
        private boolean inRow;

        XmlScan(Limits limits, Counter total) {
            this.limits = limits;
            this.total = total;
        }

        void feed(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                switch (state) {
                    case TEXT -> {
                        if (b == '<') {
                            state = State.OPEN;
                        } else {
                            text(1);
                        }
                    }
                    case OPEN -> {
                        if (b == '!') {
                            state = State.BANG;
                            bang.setLength(0);
                        } else if (b == '?') {
                            state = State.PI;
                        } else {
                            state = State.TAG;
                            tag = 1;
                            quote = 0;
                            name.setLength(0);
                            nameDone = false;
                            closing = b == '/';
                            if (!closing) {
                                name.append((char) b);
                            }
                        }
                    }
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
                    case PI -> {
                        if (b == '>' && previous == '?') {
                            state = State.TEXT;
                        }
                    }
                }
                beforePrevious = previous;
                previous = b;
            }
        }

        private void tag(byte b) {
            if (++tag > MAX_TAG) {
                throw new BusinessRuleException("file", "import.file.cellTooLarge", limits.maxText() / 1024);
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
                } else if (name.length() < 16) {
                    name.append((char) b);
                }
            }
        }

        /** A tag ended: strings and rows start and end here. */
        private void element(boolean empty) {
            String local = name.substring(name.indexOf(":") + 1);
            if (local.equals("si") || local.equals("is")) {
                if (inString && local.equals("si")) {
                    total.sharedString(text);
                }
                inString = !closing && !empty;
                text = 0;
                if (empty && local.equals("si")) {
                    total.sharedString(0);
                }
            } else if (local.equals("row")) {
                inRow = !closing && !empty;
                rowText = 0;
                text = 0;
            } else if (!inString) {
                text = 0;
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
        }
    }
}
