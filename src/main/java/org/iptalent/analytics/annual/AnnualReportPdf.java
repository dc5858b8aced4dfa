package org.iptalent.analytics.annual;

import static org.iptalent.platform.pdf.PdfDocuments.escape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.iptalent.platform.pdf.PdfDocuments;
import org.springframework.stereotype.Component;

/**
 * A report as a PDF: a title, then each table with its chart drawn on the server above it, in the shipped CJK font;
 * a draft says so on every page. Read from the frozen figures only.
 */
@Component
public class AnnualReportPdf {

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 18mm 16mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: '%1$s'; font-size: 8pt; color: #666; }
              @top-right { content: "%2$s"; font-family: '%1$s'; font-size: 8pt; color: #b00; } }
            body { font-size: 10pt; color: #222; }
            h1 { font-size: 20pt; text-align: center; margin: 20mm 0 4mm 0; }
            p.sub { text-align: center; color: #555; margin: 0 0 10mm 0; }
            h2 { font-size: 13pt; border-bottom: 1px solid #5470c6; padding-bottom: 1mm; margin: 8mm 0 3mm 0;
              page-break-after: avoid; }
            img.chart { width: 100%%; margin: 0 0 3mm 0; }
            table { width: 100%%; border-collapse: collapse; -fs-table-paginate: paginate; margin-bottom: 4mm; }
            th, td { border: 1px solid #ccd; padding: 1.2mm 2mm; }
            th { background: #eef1f8; text-align: left; }
            td.n, th.n { text-align: right; }
            tr { page-break-inside: avoid; }
            p.none { color: #777; }
            p.note { font-size: 8pt; color: #555; margin: -2mm 0 4mm 0; }
            """;

    private final PdfDocuments pdf;
    private final ReportTables tables;

    AnnualReportPdf(PdfDocuments pdf, ReportTables tables) {
        this.pdf = pdf;
        this.tables = tables;
    }

    public byte[] render(AnnualReport report, Locale locale) {
        return pdf.render(xhtml(report, locale), locale);
    }

    String xhtml(AnnualReport report, Locale locale) {
        String year = report.yearText();
        String title = tables.message("analytics.annual.documentTitle", locale, year);
        String mark = report.published() ? "" : tables.message("analytics.annual.draftMark", locale);
        StringBuilder body = new StringBuilder(64 * 1024);
        body.append("<h1>").append(escape(title)).append("</h1><p class=\"sub\">")
                .append(escape(tables.message("analytics.annual.asOf", locale, report.figures().month())));
        if (report.published()) {
            body.append(" · ").append(escape(tables.message("analytics.annual.publishedOn", locale,
                    DateTimeFormatter.ISO_LOCAL_DATE.format(report.publishedAt().atZone(ZoneId.of("Asia/Shanghai"))))));
        }
        body.append("</p>");
        for (ReportTables.Table table : tables.tables(report.figures(), locale, report.published())) {
            body.append("<h2>").append(escape(table.title())).append("</h2>");
            if (table.rows().isEmpty()) {
                body.append("<p class=\"none\">").append(escape(tables.message("analytics.annual.noRows", locale)))
                        .append("</p>");
                continue;
            }
            String chart = tables.chart(table, locale);
            if (chart != null) {
                body.append("<img class=\"chart\" alt=\"").append(escape(table.title())).append("\" src=\"")
                        .append(chart).append("\"/>");
            }
            body.append("<table><thead><tr>");
            for (int c = 0; c < table.headers().size(); c++) {
                body.append(c == 0 ? "<th>" : "<th class=\"n\">").append(escape(table.headers().get(c)))
                        .append("</th>");
            }
            body.append("</tr></thead><tbody>");
            for (var row : table.rows()) {
                body.append("<tr>");
                for (int c = 0; c < row.size(); c++) {
                    body.append(c == 0 ? "<td>" : "<td class=\"n\">").append(escape(row.get(c))).append("</td>");
                }
                body.append("</tr>");
            }
            body.append("</tbody></table>");
            if (table.note() != null) {
                body.append("<p class=\"note\">").append(escape(table.note())).append("</p>");
            }
        }
        String style = STYLE.formatted(PdfDocuments.FONT_FAMILY, mark.replace("\"", ""));
        return PdfDocuments.xhtml(locale, title, style, body.toString());
    }
}
