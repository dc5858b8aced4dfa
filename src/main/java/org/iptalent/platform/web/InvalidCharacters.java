package org.iptalent.platform.web;

import java.sql.SQLException;

/**
 * Text the database cannot hold: PostgreSQL refuses a NUL (U+0000) in any text, a search term or a form field
 * alike, with SQLSTATE 22021 (or 22P05 for a character the encoding lacks). That is the request's fault, not the
 * server's: the API answers 400 and pages the 400 page, instead of a logged 500.
 */
final class InvalidCharacters {

    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";
    private static final String UNTRANSLATABLE_CHARACTER = "22P05";

    private InvalidCharacters() {
    }

    static boolean causeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (CHARACTER_NOT_IN_REPERTOIRE.equals(s.getSQLState())
                            || UNTRANSLATABLE_CHARACTER.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
