package org.iptalent.spreadsheet;

import java.io.IOException;
import java.util.List;

/**
 * An export's rows on their way out, streamed: nothing is held but the row being written. Every cell is written
 * as text a spreadsheet program will never run as a formula ({@link CellText}).
 */
public interface SheetWriter {

    void row(List<String> values) throws IOException;

    /**
     * After the last row, a sheet of notes (how to fill a template in), named by the message key
     * {@code sheetNameKey}: its lines as text, a sentence or a table's row each. An XLSX's next sheet; a CSV has one
     * sheet only, so it leaves the notes out.
     */
    default void notes(String sheetNameKey, List<List<String>> lines) throws IOException {
    }

    /** Ends the file (an XLSX is only readable once finished). */
    void finish() throws IOException;
}
