package org.iptalent.analytics.annual;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.iptalent.spreadsheet.Export;
import org.iptalent.spreadsheet.ExportFormat;
import org.iptalent.spreadsheet.SheetColumns;
import org.iptalent.spreadsheet.SheetWriter;
import org.iptalent.spreadsheet.SpreadsheetExports;
import org.springframework.stereotype.Component;

/**
 * A report as an XLSX workbook through the platform's exports (audited, localized, formulas neutralised): the same
 * tables as the PDF, one sheet each, numbers written plain (no grouping) so a spreadsheet program reads them back.
 */
@Component
public class AnnualReportWorkbook {

    private final SpreadsheetExports exports;
    private final ReportTables tables;

    AnnualReportWorkbook(SpreadsheetExports exports, ReportTables tables) {
        this.exports = exports;
        this.tables = tables;
    }

    public String fileName(AnnualReport report, ExportFormat format, Locale locale) {
        return exports.fileName("analytics.annual.fileName", List.of(report.yearText()), format, false, locale);
    }

    public void write(AnnualReport report, Locale locale, OutputStream out) throws IOException {
        List<ReportTables.Table> all = tables.tables(report.figures(), locale, report.published());
        ReportTables.Table first = all.get(0);
        // the first sheet's headers are its table's own; the platform writes them from keys
        List<String> fields = new ArrayList<>();
        List<SheetColumns.Column> columns = new ArrayList<>();
        for (int c = 0; c < first.headers().size(); c++) {
            String key = c == 0 ? first.section().labelColumn() : first.section().columns().get(c - 1);
            fields.add(key);
            columns.add(new SheetColumns.Column(key, first.headers().get(c), false));
        }
        long rows = all.stream().mapToLong(t -> t.rows().size()).sum();
        SheetWriter sheet = exports.start(new Export(AnnualReports.ENTITY, null, ExportFormat.XLSX, false, null, locale,
                "analytics.annual.section." + first.key(), new SheetColumns("", columns), fields, rows,
                report.yearText()).of(report.year()), out);
        for (List<String> row : first.plainRows()) {
            sheet.row(row);
        }
        for (List<String> line : footnote(first)) {
            sheet.row(line);
        }
        for (ReportTables.Table table : all.subList(1, all.size())) {
            List<List<String>> lines = new ArrayList<>();
            lines.add(table.headers());
            lines.addAll(table.plainRows());
            lines.addAll(footnote(table));
            // each further table its own sheet, named by its heading
            sheet.notes("analytics.annual.section." + table.key(), lines);
        }
        sheet.finish();
    }

    /** A table's footnote below its rows, after an empty line; none when it has none. */
    private static List<List<String>> footnote(ReportTables.Table table) {
        return table.note() == null ? List.of() : List.of(List.of(), List.of(table.note()));
    }
}
