package org.iptalent.certificate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A certificate type's serial number format: literal characters and placeholders, e.g. {@code TRN-{YEAR}-{SEQ:6}}
 * gives {@code TRN-2026-000042}. {@code {TYPE}} is the type's code, {@code {YEAR}} the year of issue,
 * {@code {REGION}} the six-digit region code, {@code {SEQ:n}} the sequence number padded to n digits (3 to 10), which
 * every format has once; with {@code {YEAR}} the sequence starts again every year. Two types may not share a format's
 * {@link #signature}, the unique index on serial numbers guards against the rarer overlaps.
 */
public record SerialFormat(String pattern) {

    public static final int MAX_LENGTH = 60;
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Z]+)(?::(\\d{1,2}))?}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9/_.-]*");

    /** Why {@code pattern} is no format, as message keys; empty when it is one. */
    public static List<String> problems(String pattern) {
        List<String> problems = new ArrayList<>();
        if (pattern == null || pattern.isBlank()) {
            problems.add("field.required");
            return problems;
        }
        if (pattern.length() > MAX_LENGTH) {
            problems.add("certificate.type.format.tooLong");
        }
        Matcher token = TOKEN.matcher(pattern);
        int end = 0;
        int types = 0;
        int sequences = 0;
        boolean literalsOk = true;
        while (token.find()) {
            literalsOk &= LITERAL.matcher(pattern.substring(end, token.start())).matches();
            end = token.end();
            String name = token.group(1);
            String width = token.group(2);
            switch (name) {
                case "TYPE" -> types += width == null ? 1 : 100;
                case "YEAR", "REGION" -> {
                    if (width != null) {
                        problems.add("certificate.type.format.unknownPlaceholder");
                    }
                }
                case "SEQ" -> {
                    sequences++;
                    if (width == null || Integer.parseInt(width) < 3 || Integer.parseInt(width) > 10) {
                        problems.add("certificate.type.format.sequenceWidth");
                    }
                }
                default -> problems.add("certificate.type.format.unknownPlaceholder");
            }
        }
        literalsOk &= LITERAL.matcher(pattern.substring(end)).matches();
        if (!literalsOk) {
            problems.add("certificate.type.format.characters");
        }
        if (types > 1) {
            problems.add("certificate.type.format.type");
        }
        if (sequences != 1) {
            problems.add("certificate.type.format.sequence");
        }
        return problems.stream().distinct().toList();
    }

    public SerialFormat {
        if (!problems(pattern).isEmpty()) {
            throw new IllegalArgumentException("not a serial format: " + pattern);
        }
    }

    /**
     * What the numbers of a type with this format look like, with its code filled in and every other placeholder
     * as a marker: two types whose formats have one signature would give the same numbers.
     */
    public String signature(String typeCode) {
        // the width of {SEQ:n} is left out: a narrower sequence that outgrows its width reads like a wider one
        return pattern.replace("{TYPE}", typeCode).replaceAll("\\{SEQ:\\d{1,2}}", "{SEQ}");
    }

    /** Whether the sequence starts again each year: the format shows the year. */
    public boolean perYear() {
        return pattern.contains("{YEAR}");
    }

    /** The serial number of the {@code sequence}th certificate of its type (and year). */
    public String render(String typeCode, int year, String regionCode, long sequence) {
        Matcher token = TOKEN.matcher(pattern);
        StringBuilder serial = new StringBuilder();
        while (token.find()) {
            String value = switch (token.group(1)) {
                case "TYPE" -> typeCode;
                case "YEAR" -> String.valueOf(year);
                case "REGION" -> regionCode;
                default -> padded(sequence, Integer.parseInt(token.group(2)));
            };
            token.appendReplacement(serial, Matcher.quoteReplacement(value));
        }
        token.appendTail(serial);
        return serial.toString();
    }

    /** Zero-padded to {@code width}; a sequence past it grows wider rather than wrapping round. */
    private static String padded(long sequence, int width) {
        String digits = Long.toString(sequence);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
