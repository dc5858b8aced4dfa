package org.iptalent.training.attendance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.iptalent.spreadsheet.CellText;
import org.iptalent.spreadsheet.SheetColumns;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A class's attendance template, in the reader's language (an import reads headers in either): a row for each
 * trainee holding a place at each session, with the talent's number and name and the session's number, date and
 * start time filled in, presence and the rest left to fill; a second sheet says how to fill it and lists the
 * sessions. A class too large to list every pair gets the columns alone.
 */
@Component
class AttendanceTemplate {

    /** The most pre-filled rows: beyond, the template keeps its columns and the reader fills the rows. */
    static final int MAX_ROWS = 100_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final SheetColumns columns;

    AttendanceTemplate(MessageSource messages, AttendanceImportKind kind) {
        this.messages = messages;
        this.columns = kind.columns();
    }

    String fileName(String classTitle, Locale locale) {
        return messages.getMessage("import.attendance.template.fileName", new Object[] {classTitle}, locale)
                + ".xlsx";
    }

    void write(OutputStream out, ClassSheet sheet, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "IPTalent", "1.0");
        Worksheet rows = workbook.newWorksheet(message("import.attendance.template.sheet", locale));
        List<SheetColumns.Column> all = columns.columns();
        for (int i = 0; i < all.size(); i++) {
            SheetColumns.Column column = all.get(i);
            rows.value(0, i, columns.header(column.field(), messages, locale) + (column.required() ? " *" : ""));
            rows.style(0, i).bold().fillColor(column.required() ? "FCE4D6" : "DDEBF7").set();
            rows.width(i, column.field().equals("name") ? 18 : 14);
        }
        rows.freezePane(0, 1);
        List<ClassSheet.Trainee> roster = sheet.roster();
        if ((long) roster.size() * sheet.sessions.size() <= MAX_ROWS) {
            int r = 1;
            for (ClassSheet.Session session : sheet.sessions) {
                for (ClassSheet.Trainee trainee : roster) {
                    // every cell as text: numbers and dates read back exactly as written
                    rows.value(r, 0, String.valueOf(trainee.talentId()));
                    rows.value(r, 1, CellText.safe(trainee.name() == null ? "" : trainee.name()));
                    rows.value(r, 2, String.valueOf(session.number()));
                    rows.value(r, 3, session.startsAt().toLocalDate().toString());
                    rows.value(r, 4, session.startsAt().toLocalTime().format(TIME));
                    r++;
                }
            }
            // every cell as text: numbers, dates and times read back exactly as written
            rows.range(1, 0, Math.max(1, r - 1), all.size() - 1).style().format("@").set();
        }
        Worksheet help = workbook.newWorksheet(message("import.attendance.template.helpSheet", locale));
        int r = 0;
        for (String key : List.of("import.attendance.template.help1", "import.attendance.template.help2",
                "import.attendance.template.help3", "import.attendance.template.help4")) {
            help.value(r++, 0, message(key, locale));
        }
        help.style(0, 0).fontColor("C00000").set();
        r++;
        String[] headers = {"import.attendance.column.sessionNo", "import.attendance.column.sessionDate",
                "import.attendance.column.startTime", "import.attendance.template.sessionHours"};
        for (int c = 0; c < headers.length; c++) {
            help.value(r, c, message(headers[c], locale));
            help.style(r, c).bold().set();
        }
        r++;
        for (ClassSheet.Session session : sheet.sessions) {
            help.value(r, 0, session.number());
            help.value(r, 1, session.startsAt().toLocalDate().toString());
            help.value(r, 2, session.startsAt().toLocalTime().format(TIME));
            help.value(r++, 3, session.hours());
        }
        help.width(0, 60);
        help.width(1, 14);
        help.width(2, 12);
        help.width(3, 12);
        workbook.finish();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
