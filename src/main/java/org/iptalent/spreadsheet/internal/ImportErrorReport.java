package org.iptalent.spreadsheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.spreadsheet.CellText;
import org.iptalent.spreadsheet.SheetColumns;
import org.springframework.context.MessageSource;

/**
 * The rows an import refused, as an XLSX the user can fix and upload again: the original columns, the
 * line number, and an error column naming each field and its reason. Streamed, so a million bad rows
 * cost no memory; deleted when there were none.
 */
final class ImportErrorReport implements AutoCloseable {

    private final Path file;
    private final MessageSource messages;
    private final Locale locale;
    private final SheetColumns names;
    private final OutputStream out;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int columns;
    private int rows;

    ImportErrorReport(Path file, SheetColumns names, MessageSource messages, Locale locale) throws IOException {
        this.file = file;
        this.names = names;
        this.messages = messages;
        this.locale = locale;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = Files.newOutputStream(file);
        this.workbook = new Workbook(out, "IPTalent", "1.0");
        this.sheet = workbook.newWorksheet(messages.getMessage("import.report.sheet", null, locale));
    }

    Locale locale() {
        return locale;
    }

    void header(List<String> names) {
        columns = names.size();
        sheet.value(0, 0, messages.getMessage("import.report.line", null, locale));
        for (int i = 0; i < names.size(); i++) {
            sheet.value(0, i + 1, CellText.safe(names.get(i)));
        }
        sheet.value(0, columns + 1, messages.getMessage("import.report.errors", null, locale));
        sheet.style(0, columns + 1).bold().fontColor("C00000").set();
        sheet.freezePane(1, 1);
    }

    void row(int line, String[] values, List<Problem> problems) {
        rows++;
        sheet.value(rows, 0, line);
        for (int i = 0; i < columns && i < values.length; i++) {
            if (values[i] != null) {
                sheet.value(rows, i + 1, CellText.safe(values[i]));
            }
        }
        // each problem on a line of its own, named by its column in the reader's language
        sheet.value(rows, columns + 1, problems.stream()
                .map(p -> messages.getMessage("import.report.problem", new Object[] {
                    names.header(p.field(), messages, locale),
                    messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale)}, locale))
                .collect(Collectors.joining("\n")));
        if (rows % 10_000 == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.finish();
        } finally {
            out.close();
        }
        if (rows == 0) {
            Files.deleteIfExists(file);
        }
    }
}
