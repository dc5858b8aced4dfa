package org.iptalent.analytics.annual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.spreadsheet.ExportFormat;
import org.springframework.stereotype.Service;

/**
 * A report's PDF and workbook with their file names, for the pages, the public list and the API alike. A published
 * report never changes, so its files are made once per language and kept: anonymous readers must not be able to keep
 * both cores drawing charts, nor fill the audit log with the workbook's export entries. A draft is made afresh for
 * each national administrator who asks, and each download of it is an export, audited as every export is (the
 * workbook by the platform's exports, the PDF here), whether asked for on the page or through the API.
 *
 * <p>A published report's downloads are not audited: they are public statistics read without signing in, so there
 * is nobody to name, and they are served from the kept files. (The platform's exports record the one rendering of a
 * published workbook per language, whoever happened to ask first; later downloads of it record nothing.)
 */
@Service
public class AnnualReportFiles {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DRAFTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AnnualReportPdf pdf;
    private final AnnualReportWorkbook workbook;
    private final AuditLog audit;
    /** By year, language and kind: at most a few dozen years × 2 languages × 2 files of some 250 KB each. */
    private final Map<String, byte[]> published = new ConcurrentHashMap<>();

    AnnualReportFiles(AnnualReportPdf pdf, AnnualReportWorkbook workbook, AuditLog audit) {
        this.pdf = pdf;
        this.workbook = workbook;
        this.audit = audit;
    }

    public byte[] pdf(AnnualReport report, Locale locale) {
        Locale language = language(locale);
        if (report.published()) {
            return published.computeIfAbsent(report.year() + ".pdf." + language, key -> pdf.render(report, language));
        }
        byte[] file = pdf.render(report, language);
        // recorded before the file leaves, as the platform's exports do: a download that cannot be audited fails
        audit.record(AuditEvent.of(AuditAction.EXPORT, AnnualReports.ENTITY, report.year())
                .message("analytics.annual.audit.exported", report.yearText(), "PDF", drafted(report),
                        report.versionText()));
        return file;
    }

    /** A draft's workbook is audited by the platform's exports as it is written ({@link AnnualReportWorkbook}). */
    public byte[] xlsx(AnnualReport report, Locale locale) {
        Locale language = language(locale);
        return report.published()
                ? published.computeIfAbsent(report.year() + ".xlsx." + language, key -> write(report, language))
                : write(report, language);
    }

    public String pdfName(AnnualReport report, Locale locale) {
        return xlsxName(report, locale).replaceAll("\\.xlsx$", ".pdf");
    }

    public String xlsxName(AnnualReport report, Locale locale) {
        return workbook.fileName(report, ExportFormat.XLSX, language(locale));
    }

    /** When the draft was drafted, in China's time: which draft was downloaded. */
    static String drafted(AnnualReport report) {
        return DRAFTED.format(report.draftedAt().atZone(CHINA));
    }

    private byte[] write(AnnualReport report, Locale language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            workbook.write(report, language, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The report's two languages: English when asked, Chinese otherwise. */
    static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
