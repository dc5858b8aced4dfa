package org.iptalent.spreadsheet.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param directory   where uploaded files and error reports are kept
 * @param maxFileSize the largest upload accepted
 * @param maxRows     the most data rows one file may hold
 * @param errorReportRetention how long an error report is kept after its job ends (it holds the refused
 *                    rows in clear, identity numbers included); the upload itself goes when the job ends
 * @param maxSharedStrings the memory an XLSX's shared-strings table may take while it is read (the reader
 *                    keeps it whole); 0 means a quarter of the heap, at least 256 MB
 */
@ConfigurationProperties("iptalent.import")
public record ImportProperties(@DefaultValue("./data/imports") Path directory,
        @DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("1000000") int maxRows,
        @DefaultValue("7d") Duration errorReportRetention, @DefaultValue("0") DataSize maxSharedStrings) {

    /** What one XLSX may cost the reader. */
    WorkbookGuard.Limits workbookLimits() {
        // a quarter of the heap, at least 256 MB: the table of a 1M-row talent file takes about 240 MB
        long sharedStrings = maxSharedStrings.toBytes() > 0 ? maxSharedStrings.toBytes()
                : Math.max(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 4);
        return WorkbookGuard.Limits.of(sharedStrings);
    }
}
