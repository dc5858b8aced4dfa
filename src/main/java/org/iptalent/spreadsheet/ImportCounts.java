package org.iptalent.spreadsheet;

import java.util.Map;

/**
 * What an import did with the rows it accepted. {@code details}: counts of the kind's own, by a name the kind
 * chooses (e.g. the employers a talent import registered), each said by the message {@code import.detail.<name>}.
 */
public record ImportCounts(int created, int updated, int unchanged, Map<String, Integer> details) {

    public ImportCounts {
        details = Map.copyOf(details);
    }

    public int detail(String name) {
        return details.getOrDefault(name, 0);
    }
}
