package org.iptalent.platform.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Rows on their way into PostgreSQL by {@code COPY … FROM STDIN (FORMAT csv)}: built in memory, then sent in
 * one round trip. Null is an empty unquoted field; every string is quoted, so an empty string stays one.
 */
public final class CopyRows {

    private final StringBuilder csv;
    private int rows;

    public CopyRows(int expectedRows) {
        this.csv = new StringBuilder(Math.max(16, expectedRows) * 200);
    }

    /** Appends one row; values are written with {@code toString()}, strings quoted. */
    public CopyRows row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object v = values[i];
            if (v instanceof String s) {
                csv.append('"');
                for (int c = 0; c < s.length(); c++) {
                    char ch = s.charAt(c);
                    if (ch == '"') {
                        csv.append('"');
                    }
                    csv.append(ch);
                }
                csv.append('"');
            } else if (v != null) {
                csv.append(v);
            }
        }
        csv.append('\n');
        rows++;
        return this;
    }

    public int size() {
        return rows;
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    /**
     * Sends the rows with {@code copySql} ({@code copy <table> (<columns>) from stdin (format csv)}) on this
     * connection, in its transaction, and empties the buffer. Returns how many rows went.
     */
    public int into(Connection connection, String copySql) {
        int sent = rows;
        if (sent == 0) {
            return 0;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY failed: " + copySql, e);
        }
        csv.setLength(0);
        rows = 0;
        return sent;
    }
}
