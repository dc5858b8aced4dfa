package org.iptalent.training.attendance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.iptalent.audit.AuditText;
import org.iptalent.spreadsheet.Export;
import org.iptalent.spreadsheet.ExportFormat;
import org.iptalent.spreadsheet.SheetColumns;
import org.iptalent.spreadsheet.SheetWriter;
import org.iptalent.spreadsheet.SpreadsheetExports;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.TrainingClass;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A class's attendance template, in the reader's language (an import reads headers in either), written through the
 * platform's export ({@link SpreadsheetExports}): it lists trainees by name, so each download is in the audit log
 * as an export of the class, and its file is named from the bundles like every export. A row for each trainee
 * holding a place at each session, with the talent's number and name and the session's number, date and start
 * time filled in, presence and the rest left to fill, in the import's columns (those a file must have marked *);
 * a second sheet says how to fill it and lists the sessions. A class too large to list every pair gets the columns
 * alone.
 */
@Component
class AttendanceTemplate {

    /** The most pre-filled rows: beyond, the template keeps its columns and the reader fills the rows. */
    static final int MAX_ROWS = 100_000;
    static final String FILE_NAME = "import.attendance.template.fileName";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final SpreadsheetExports exports;
    private final SheetColumns columns;

    AttendanceTemplate(MessageSource messages, SpreadsheetExports exports, AttendanceImportKind kind) {
        this.messages = messages;
        this.exports = exports;
        this.columns = kind.columns();
    }

    String fileName(String classTitle, Locale locale) {
        return exports.fileName(FILE_NAME, List.of(classTitle), ExportFormat.XLSX, false, locale);
    }

    void write(OutputStream out, TrainingClass trainingClass, ClassSheet sheet, Locale locale) throws IOException {
        List<ClassSheet.Trainee> roster = sheet.roster();
        long pairs = (long) roster.size() * sheet.sessions.size();
        boolean filled = pairs <= Math.min(MAX_ROWS, exports.maxRows());
        List<String> fields = columns.columns().stream().map(SheetColumns.Column::field).toList();
        SheetWriter rows = exports.start(new Export(ClassPlanning.ENTITY, trainingClass.getRegionCode(),
                ExportFormat.XLSX, false, null, locale, "import.attendance.template.sheet", columns, fields,
                filled ? pairs : 0, AuditText.message("audit.detail.filter",
                        AuditText.message("import.attendance.template.class"), trainingClass.getTitle()))
                .of(trainingClass.getId()).asTemplate(), out);
        if (filled) {
            for (ClassSheet.Session session : sheet.sessions) {
                for (ClassSheet.Trainee trainee : roster) {
                    // every cell as text: numbers and dates read back exactly as written
                    List<String> row = new ArrayList<>(fields.size());
                    row.add(String.valueOf(trainee.talentId()));
                    row.add(trainee.name() == null ? "" : trainee.name());
                    row.add(String.valueOf(session.number()));
                    row.add(session.startsAt().toLocalDate().toString());
                    row.add(session.startsAt().toLocalTime().format(TIME));
                    while (row.size() < fields.size()) {
                        row.add(null);
                    }
                    rows.row(row);
                }
            }
        }
        List<List<String>> notes = new ArrayList<>();
        for (String key : List.of("import.attendance.template.help1", "import.attendance.template.help2",
                "import.attendance.template.help3", "import.attendance.template.help4")) {
            notes.add(List.of(message(key, locale)));
        }
        notes.add(List.of());
        notes.add(List.of(message("import.attendance.column.sessionNo", locale),
                message("import.attendance.column.sessionDate", locale),
                message("import.attendance.column.startTime", locale),
                message("import.attendance.template.sessionHours", locale)));
        for (ClassSheet.Session session : sheet.sessions) {
            notes.add(List.of(String.valueOf(session.number()), session.startsAt().toLocalDate().toString(),
                    session.startsAt().toLocalTime().format(TIME), session.hours().stripTrailingZeros().toPlainString()));
        }
        rows.notes("import.attendance.template.helpSheet", notes);
        rows.finish();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
