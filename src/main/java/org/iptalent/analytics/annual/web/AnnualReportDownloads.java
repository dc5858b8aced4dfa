package org.iptalent.analytics.annual.web;

import java.util.Locale;

import org.iptalent.analytics.annual.AnnualReport;
import org.iptalent.analytics.annual.AnnualReportFiles;
import org.iptalent.spreadsheet.Attachment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A report's PDF or workbook as a download, for the administrators' page and the public list alike. */
@Component
class AnnualReportDownloads {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AnnualReportFiles files;

    AnnualReportDownloads(AnnualReportFiles files) {
        this.files = files;
    }

    ResponseEntity<byte[]> pdf(AnnualReport report, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(files.pdfName(report, locale)))
                .body(files.pdf(report, locale));
    }

    ResponseEntity<byte[]> xlsx(AnnualReport report, Locale locale) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(files.xlsxName(report, locale)))
                .body(files.xlsx(report, locale));
    }
}
