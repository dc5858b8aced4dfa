package org.iptalent.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.iptalent.reference.TaxonomyKind;

/**
 * A part of an audit entry's detail that is rendered in the reader's language, not the writer's: a message
 * from the bundles with its arguments, or a coded value named from the reference data. An argument may be
 * plain text or a number (shown as it is), another {@code AuditText}, or a list of them (joined). The log
 * stores them as data, so a Chinese auditor and an English one read the same entry each in their language.
 */
public sealed interface AuditText {

    /** A message key (an {@code audit.detail.*} key, or any key of the bundles) with its arguments. */
    static Message message(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** A GB/T 2260 region, named as the reader reads it. */
    static Region region(String code) {
        return new Region(code);
    }

    /** A GB/T 4754 industry, by its code and name. */
    static Industry industry(String code) {
        return new Industry(code);
    }

    /** A term of one of the plan's code lists (a team, a category, an education level …). */
    static Term term(TaxonomyKind kind, String code) {
        return new Term(kind, code);
    }

    /**
     * A message and its arguments. Numbers go through {@link java.text.MessageFormat}, which groups digits:
     * pass an id as text ({@code String.valueOf(id)}), a count as a number.
     */
    record Message(String key, List<Object> args) implements AuditText {
        public Message {
            Objects.requireNonNull(key, "key");
            args = args == null ? List.of() : List.copyOf(args.stream().map(Message::checked).toList());
        }

        private static Object checked(Object arg) {
            if (arg == null || arg instanceof String || arg instanceof Number || arg instanceof AuditText) {
                return arg == null ? "" : arg;
            }
            if (arg instanceof List<?> list) {
                return list.stream().map(Message::checked).toList();
            }
            if (arg instanceof Enum<?> constant) {
                return constant.name();
            }
            throw new IllegalArgumentException("an audit message takes text, numbers, AuditText and lists of them, "
                    + "not " + arg.getClass().getName());
        }
    }

    record Region(String code) implements AuditText {
    }

    record Industry(String code) implements AuditText {
    }

    record Term(TaxonomyKind kind, String code) implements AuditText {
    }
}
