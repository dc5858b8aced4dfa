package org.iptalent.spreadsheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.spreadsheet.CellText;
import org.iptalent.spreadsheet.Export;
import org.iptalent.spreadsheet.ExportFormat;
import org.iptalent.spreadsheet.SheetColumns;
import org.iptalent.spreadsheet.SheetWriter;
import org.iptalent.spreadsheet.SpreadsheetExports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

@Service
class SheetExports implements SpreadsheetExports {

    private final ExportProperties properties;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    SheetExports(ExportProperties properties, AuditLog audit, MessageSource messages, Clock clock) {
        this.properties = properties;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public boolean mayUnmask() {
        return CurrentUser.find().map(u -> u.roles().stream().anyMatch(properties.unmaskedRoles()::contains))
                .orElse(false);
    }

    @Override
    public void check(boolean unmasked, String reason) {
        if (unmasked && !mayUnmask()) {
            throw new AccessDeniedException("export.unmask.forbidden");
        }
        if (unmasked && (reason == null || reason.trim().length() < 4)) {
            throw new BusinessRuleException("reason", "export.unmask.reason");
        }
    }

    @Override
    public int maxRows() {
        return properties.maxRows();
    }

    @Override
    public SheetWriter start(Export export, OutputStream out) throws IOException {
        if (export.template() && export.format() != ExportFormat.XLSX) {
            throw new IllegalArgumentException("A template is an XLSX workbook: " + export.format());
        }
        check(export.unmasked(), export.reason());
        // recorded before a single row leaves: an export that cannot be audited does not happen
        audit.record(AuditEvent.of(AuditAction.EXPORT, export.entityType(), export.entityId())
                .region(export.regionCode())
                .message("audit.detail.export", Math.min(export.expectedRows(), properties.maxRows()),
                        export.format().name(), export.unmasked()
                                ? AuditText.message("audit.detail.export.unmasked", export.reason().trim())
                                : AuditText.message("audit.detail.export.masked"), export.filters()));
        Set<String> required = export.columns().required().stream().map(SheetColumns.Column::field)
                .collect(Collectors.toSet());
        Function<String, String> names = key -> messages.getMessage(key, null, export.locale());
        SheetWriter writer = export.format() == ExportFormat.XLSX
                ? new XlsxSheet(out, names, export.sheetNameKey(),
                        export.template() ? export.fields().stream().map(required::contains).toList() : null)
                : new CsvSheet(out);
        writer.row(export.fields().stream().map(field -> export.columns().header(field, messages, export.locale())
                + (export.template() && required.contains(field) ? " *" : "")).toList());
        return writer;
    }

    @Override
    public String fileName(String nameKey, List<?> arguments, ExportFormat format, boolean unmasked, Locale locale) {
        String name = messages.getMessage(nameKey, arguments.toArray(), locale);
        return (unmasked ? messages.getMessage("export.fileName.unmasked", new Object[] {name}, locale) : name) + "-"
                + LocalDate.now(clock) + "." + format.extension();
    }

    /**
     * A streamed workbook: a bold, frozen header row, rows flushed every 5,000. A template's header marks the columns
     * a file must have, and its cells are text; a sheet of notes may follow.
     */
    private static final class XlsxSheet implements SheetWriter {
        private final Workbook workbook;
        private final Function<String, String> names;
        /** A template's columns, whether each must be filled; null for a list's export. */
        private final List<Boolean> required;
        private final Worksheet sheet;
        private int row;

        XlsxSheet(OutputStream out, Function<String, String> names, String sheetNameKey, List<Boolean> required) {
            this.names = names;
            this.required = required;
            workbook = new Workbook(out, "IPTalent", "1.0");
            sheet = workbook.newWorksheet(names.apply(sheetNameKey));
        }

        @Override
        public void row(List<String> values) throws IOException {
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) != null) {
                    sheet.value(row, c, CellText.safe(values.get(c)));
                }
            }
            if (row == 0) {
                if (required == null) {
                    sheet.range(0, 0, 0, values.size() - 1).style().bold().set();
                } else {
                    for (int c = 0; c < values.size(); c++) {
                        sheet.style(0, c).bold().fillColor(required.get(c) ? "FCE4D6" : "DDEBF7").set();
                        sheet.width(c, 16);
                    }
                }
                sheet.freezePane(0, 1);
            } else if (required != null) {
                // every cell of a template as text: numbers, dates and times typed in read back as typed
                sheet.range(row, 0, row, required.size() - 1).style().format("@").set();
            }
            if (++row % 5000 == 0) {
                sheet.flush();
            }
        }

        @Override
        public void notes(String sheetNameKey, List<List<String>> lines) throws IOException {
            // one sheet streams at a time: the rows' sheet is complete before the notes begin
            sheet.finish();
            Worksheet notes = workbook.newWorksheet(names.apply(sheetNameKey));
            for (int r = 0; r < lines.size(); r++) {
                List<String> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    if (line.get(c) != null) {
                        notes.value(r, c, CellText.safe(line.get(c)));
                    }
                }
            }
            notes.width(0, 60);
            notes.finish();
        }

        @Override
        public void finish() throws IOException {
            workbook.finish();
        }
    }

    /** UTF-8 with a byte-order mark, which is how Excel in China recognises UTF-8 text. */
    private static final class CsvSheet implements SheetWriter {
        private final Writer writer;

        CsvSheet(OutputStream out) throws IOException {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        }

        @Override
        public void row(List<String> values) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                String v = CellText.safe(values.get(i));
                if (v != null) {
                    line.append('"').append(v.replace("\"", "\"\"")).append('"');
                }
            }
            writer.write(line.append("\r\n").toString());
        }

        @Override
        public void finish() throws IOException {
            writer.flush();
        }
    }
}
