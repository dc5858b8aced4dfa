package org.iptalent.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

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

    private WorkbookGuard() {
    }

    static void check(Path file, Limits limits) throws IOException {
        long fileSize = Files.size(file);
        WorkbookCost total = new WorkbookCost(limits);
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
                    read(in, fileSize, new WorkbookXmlScan(limits, total), total);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new BusinessRuleException("file", "import.file.notSpreadsheet");
        }
        if (!workbook) {
            throw new BusinessRuleException("file", "import.file.notSpreadsheet");
        }
    }

    private static void read(InputStream in, long fileSize, WorkbookXmlScan scan, WorkbookCost total) throws IOException {
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
}
