package org.iptalent.spreadsheet;

import java.io.IOException;
import java.util.List;

/**
 * An export's rows on their way out, streamed: nothing is held but the row being written. Every cell is written
 * as text a spreadsheet program will never run as a formula ({@link CellText}).
 */
public interface SheetWriter {

    void row(List<String> values) throws IOException;

    /** Ends the file (an XLSX is only readable once finished). */
    void finish() throws IOException;
}
