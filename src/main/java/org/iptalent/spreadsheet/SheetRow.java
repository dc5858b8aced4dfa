package org.iptalent.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iptalent.shared.InvalidInputException.Problem;

/**
 * A data row of an uploaded file, as text, with its 1-based line number. A module reads its cells by field
 * and refuses the row with problems; a refused row goes to the error report with its problems.
 */
public final class SheetRow {

    private final int line;
    private final String[] values;
    private final Map<String, Integer> fields;
    private final List<Problem> problems = new ArrayList<>(0);

    public SheetRow(int line, String[] values, Map<String, Integer> fields) {
        this.line = line;
        this.values = values;
        this.fields = fields;
    }

    public int line() {
        return line;
    }

    /** The cell of a field, trimmed; null when the file has no such column or the cell is blank. */
    public String value(String field) {
        Integer index = fields.get(field);
        if (index == null || index >= values.length || values[index] == null) {
            return null;
        }
        String value = values[index].trim();
        return value.isEmpty() ? null : value;
    }

    /** The cells as the file has them, in its column order. */
    public String[] values() {
        return values;
    }

    public void refuse(Problem problem) {
        problems.add(problem);
    }

    public void refuse(List<Problem> all) {
        problems.addAll(all);
    }

    public boolean refused() {
        return !problems.isEmpty();
    }

    /** Whether a problem already names this field (a later rule need not add a second one). */
    public boolean refused(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public List<Problem> problems() {
        return problems;
    }
}
