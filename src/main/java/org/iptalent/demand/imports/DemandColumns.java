package org.iptalent.demand.imports;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.iptalent.spreadsheet.SheetColumns;
import org.springframework.context.MessageSource;

/**
 * The columns of a demand file, in template order; headers in Chinese or English ({@code demand.import.column.*}).
 * The employer's credit code is needed only in an administration's file: an employer's file is its own.
 */
final class DemandColumns {

    static final String PREFIX = "demand.import.column.";
    static final List<String> FIELDS = List.of("creditCode", "organisation", "year", "horizon", "regionCode",
            "industryCode", "team", "category", "qualification", "education", "count");
    static final Set<String> REQUIRED = Set.of("year", "horizon", "regionCode", "industryCode", "team", "category",
            "education", "count");

    private DemandColumns() {
    }

    static SheetColumns of(MessageSource messages) {
        return new SheetColumns(PREFIX, FIELDS.stream().map(field -> new SheetColumns.Column(field,
                messages.getMessage(PREFIX + field, null, Locale.SIMPLIFIED_CHINESE), REQUIRED.contains(field)))
                .toList());
    }
}
