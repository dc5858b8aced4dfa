package org.iptalent.analytics.annual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.iptalent.spreadsheet.ExportFormat;
import org.springframework.stereotype.Service;

/**
 * A report's PDF and workbook with their file names, for the pages, the public list and the API alike. A published
 * report never changes, so its files are made once per language and kept: anonymous readers must not be able to keep
 * both cores drawing charts, nor fill the audit log with the workbook's export entries. A draft is made afresh for
 * each national administrator who asks (its export audited).
 */
@Service
public class AnnualReportFiles {

    private final AnnualReportPdf pdf;
    private final AnnualReportWorkbook workbook;
    /** By year, language and kind: at most a few dozen years × 2 languages × 2 files of some 250 KB each. */
    private final Map<String, byte[]> published = new ConcurrentHashMap<>();

    AnnualReportFiles(AnnualReportPdf pdf, AnnualReportWorkbook workbook) {
        this.pdf = pdf;
        this.workbook = workbook;
    }

    public byte[] pdf(AnnualReport report, Locale locale) {
        Locale language = language(locale);
        return report.published()
                ? published.computeIfAbsent(report.year() + ".pdf." + language, key -> pdf.render(report, language))
                : pdf.render(report, language);
    }

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
