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
 */
public record Export(String entityType, String regionCode, ExportFormat format, boolean unmasked, String reason,
        Locale locale, String sheetNameKey, SheetColumns columns, List<String> fields, long expectedRows,
        Object filters) {

    public Export {
        fields = List.copyOf(fields);
    }
}
