package org.iptalent.spreadsheet;

import java.util.List;
import java.util.Locale;

/**
 * One export, as the module that lists the records describes it to {@link SpreadsheetExports#start}.
 *
 * @param entityType   what is exported, for the audit log (e.g. {@code Talent})
 * @param regionCode   the exporting user's region, for the audit log (null for national users)
 * @param unmasked     personal data in clear (the module has checked {@link SpreadsheetExports#check})
 * @param reason       why, when in clear
 * @param sheetNameKey the message key of the sheet's name
 * @param columns      the columns' headers, by field ({@link SheetColumns#header})
 * @param fields       the fields written, in order
 * @param expectedRows how many rows the export will write, for the audit entry
 * @param filters      what the list was filtered by, as the audit log shows it
 * @param entityId     the one record whose rows these are (a class's roster), for the audit log; null for a list
 * @param template     an import's template pre-filled with records ({@link #asTemplate()})
 */
public record Export(String entityType, String regionCode, ExportFormat format, boolean unmasked, String reason,
        Locale locale, String sheetNameKey, SheetColumns columns, List<String> fields, long expectedRows,
        Object filters, Long entityId, boolean template) {

    public Export {
        fields = List.copyOf(fields);
    }

    /** A list's export, of no one record. */
    public Export(String entityType, String regionCode, ExportFormat format, boolean unmasked, String reason,
            Locale locale, String sheetNameKey, SheetColumns columns, List<String> fields, long expectedRows,
            Object filters) {
        this(entityType, regionCode, format, unmasked, reason, locale, sheetNameKey, columns, fields, expectedRows,
                filters, null, false);
    }

    /** The same export, of one record's rows: the audit entry names the record. */
    public Export of(long id) {
        return new Export(entityType, regionCode, format, unmasked, reason, locale, sheetNameKey, columns, fields,
                expectedRows, filters, id, template);
    }

    /**
     * The same export as an import's template (XLSX): the headers of the columns a file must have marked with
     * {@code *} (which the import reads past), every cell formatted as text so that what a reader types in it is
     * read back as typed, and a sheet of notes may follow the rows ({@link SheetWriter#notes}).
     */
    public Export asTemplate() {
        return new Export(entityType, regionCode, format, unmasked, reason, locale, sheetNameKey, columns, fields,
                expectedRows, filters, entityId, true);
    }
}
