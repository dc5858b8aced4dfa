package org.iptalent.spreadsheet;

/** Text for a spreadsheet cell that a spreadsheet program will never run as a formula. */
public final class CellText {

    private CellText() {
    }

    /** A value starting with {@code = + - @} (or a tab or carriage return) gets a leading apostrophe. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
