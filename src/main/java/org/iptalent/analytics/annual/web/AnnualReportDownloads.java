package org.iptalent.analytics.annual.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import org.iptalent.analytics.annual.AnnualReport;
import org.iptalent.analytics.annual.AnnualReportPdf;
import org.iptalent.analytics.annual.AnnualReportWorkbook;
import org.iptalent.spreadsheet.Attachment;
import org.iptalent.spreadsheet.ExportFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A report's PDF or workbook as a download, for the administrators' page and the public list alike. */
@Component
class AnnualReportDownloads {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AnnualReportPdf pdf;
    private final AnnualReportWorkbook workbook;

    AnnualReportDownloads(AnnualReportPdf pdf, AnnualReportWorkbook workbook) {
        this.pdf = pdf;
        this.workbook = workbook;
    }

    ResponseEntity<byte[]> pdf(AnnualReport report, Locale locale) {
        String name = workbook.fileName(report, ExportFormat.XLSX, locale).replaceAll("\\.xlsx$", ".pdf");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(name))
                .body(pdf.render(report, locale));
    }

    ResponseEntity<byte[]> xlsx(AnnualReport report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        workbook.write(report, locale, out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        Attachment.contentDisposition(workbook.fileName(report, ExportFormat.XLSX, locale)))
                .body(out.toByteArray());
    }
}
