/**
 * A class's attendance and results from a spreadsheet, through the platform's import pipeline: the
 * {@link org.iptalent.training.attendance.AttendanceImportKind} (its columns, its row rule against the class's
 * roster and schedule, its merge), a template pre-filled with the roster and the schedule, and the endpoints the
 * class's attendance page uploads to and polls. A file is recorded whole or not at all.
 */
package org.iptalent.training.attendance;
