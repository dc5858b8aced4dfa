package org.iptalent.registry.internal;

/** One line of PostgreSQL COPY CSV: null is an empty unquoted field, every string is quoted. */
final class Csv {

    private Csv() {
    }

    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v instanceof String s) {
                out.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else if (v != null) {
                out.append(v);
            }
        }
        out.append('\n');
    }
}
