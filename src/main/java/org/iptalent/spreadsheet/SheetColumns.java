package org.iptalent.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * The columns of an import, in template order. Each column is a field: its header in a file is its
 * Chinese name or its name in any language the bundles give under {@code messagePrefix + field}, so a
 * file exported in English imports again. Columns are matched by header, in any order.
 */
public record SheetColumns(String messagePrefix, List<Column> columns) {

    /** How a template marks a required column's header: no part of the header. */
    private static final Pattern REQUIRED_MARK = Pattern.compile("\\s*[*＊]\\s*$");

    /** A column: the field it fills, its Chinese header, whether a file must have it. */
    public record Column(String field, String header, boolean required) {
    }

    public SheetColumns {
        columns = List.copyOf(columns);
    }

    /** The field a header names, if it names one; a template's mark of a required column (*) is no part of it. */
    public Optional<String> field(String header, MessageSource messages) {
        String trimmed = REQUIRED_MARK.matcher(header).replaceFirst("").trim();
        for (Column column : columns) {
            if (trimmed.equals(column.header()) || trimmed.equalsIgnoreCase(messages.getMessage(
                    messagePrefix + column.field(), null, column.header(), Locale.ENGLISH))) {
                return Optional.of(column.field());
            }
        }
        return Optional.empty();
    }

    /** A field's header in the reader's language (the error report names each problem's column so). */
    public String header(String field, MessageSource messages, Locale locale) {
        String fallback = columns.stream().filter(c -> c.field().equals(field)).map(Column::header).findFirst()
                .orElse(field);
        return messages.getMessage(messagePrefix + field, null, fallback, locale);
    }

    public List<Column> required() {
        return columns.stream().filter(Column::required).toList();
    }
}
