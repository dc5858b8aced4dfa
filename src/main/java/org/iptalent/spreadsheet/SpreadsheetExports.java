package org.iptalent.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Lists as files, for every module: a module finds its records (scoped, filtered, checked against the database)
 * and turns each into text; this writes them as XLSX or CSV with localized headers, sheet name and file name,
 * neutralises formulas, and audits the export — a clear-text one with its reason — before a row leaves.
 * Personal data is masked unless {@link #mayUnmask} and a reason were given.
 */
public interface SpreadsheetExports {

    /** Whether the current user may export personal data in clear ({@code iptalent.export.unmasked-roles}). */
    boolean mayUnmask();

    /** Refuses a request before any byte is written, so a refusal is a clean error, not a broken file. */
    void check(boolean unmasked, String reason);

    /** The most rows one export writes ({@code iptalent.export.max-rows}). */
    int maxRows();

    /** Audits the export, then opens the file with its header row written. */
    SheetWriter start(Export export, OutputStream out) throws IOException;

    /** The file's name in the user's language; one in clear says so, so it is not shared like a masked one. */
    default String fileName(String nameKey, ExportFormat format, boolean unmasked, Locale locale) {
        return fileName(nameKey, List.of(), format, unmasked, locale);
    }

    /** The file's name as {@link #fileName(String, ExportFormat, boolean, Locale)}, its message taking arguments. */
    String fileName(String nameKey, List<?> arguments, ExportFormat format, boolean unmasked, Locale locale);
}
