package org.iptalent.spreadsheet;

import java.util.List;

/** Why an import failed as a whole: a message key and its arguments, read in the reader's language. */
public record ImportFailure(String messageKey, List<String> arguments) {

    public ImportFailure {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
