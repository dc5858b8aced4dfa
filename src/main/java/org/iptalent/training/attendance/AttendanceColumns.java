package org.iptalent.training.attendance;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.iptalent.spreadsheet.SheetColumns;
import org.springframework.context.MessageSource;

/**
 * The columns of an attendance file, in template order: who (talent number and name, the name checked against
 * the roster), which session (its number, or its date and start time), whether present, and optionally the hours
 * attended and the assessment result. Headers are matched in Chinese or English (messages
 * {@code import.attendance.column.*}).
 */
final class AttendanceColumns {

    static final String PREFIX = "import.attendance.column.";
    static final List<String> FIELDS = List.of("talentId", "name", "sessionNo", "sessionDate", "startTime", "present",
            "hours", "score");
    static final Set<String> REQUIRED = Set.of("talentId", "name", "present");

    private AttendanceColumns() {
    }

    /** The columns, their Chinese headers (the template's canonical ones) taken from the bundle. */
    static SheetColumns of(MessageSource messages) {
        return new SheetColumns(PREFIX, FIELDS.stream().map(field -> new SheetColumns.Column(field,
                messages.getMessage(PREFIX + field, null, Locale.SIMPLIFIED_CHINESE), REQUIRED.contains(field)))
                .toList());
    }
}
