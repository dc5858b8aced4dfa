package org.iptalent.training.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;

/**
 * How an attendance file's cells are read, however a spreadsheet program wrote them: dates as
 * {@code 2026-03-02}, {@code 2026/3/2}, {@code 2026.3.2} or with the Chinese year, month and day signs (or a date
 * serial number), times as {@code 9:00} or {@code 09:00:00} (or the fraction of a day a time cell holds), yes and no
 * in either language.
 */
final class CellValues {

    /** Excel's day 0 for serial dates (1900 system, after its leap-year bug). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final Set<String> yes = new HashSet<>();
    private final Set<String> no = new HashSet<>();

    CellValues(MessageSource messages) {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            words(messages.getMessage("import.attendance.yes", null, locale), yes);
            words(messages.getMessage("import.attendance.no", null, locale), no);
        }
        yes.addAll(Set.of("true", "y", "1"));
        no.addAll(Set.of("false", "n", "0"));
    }

    private static void words(String list, Set<String> into) {
        for (String word : list.split("[,\\uFF0C/]")) {
            if (!word.isBlank()) {
                into.add(word.trim().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Present (true), absent (false), or empty when the cell says neither. */
    Optional<Boolean> presence(String value) {
        String word = value.trim().toLowerCase(Locale.ROOT);
        if (yes.contains(word)) {
            return Optional.of(true);
        }
        return no.contains(word) ? Optional.of(false) : Optional.empty();
    }

    static Optional<LocalDate> date(String value) {
        String text = value.trim();
        try {
            if (text.matches("\\d{5}")) {
                return Optional.of(EXCEL_EPOCH.plusDays(Long.parseLong(text)));
            }
            String[] parts = text.replaceAll("[^0-9]+", " ").trim().split(" ");
            if (parts.length != 3 || parts[0].length() != 4) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2])));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalTime> time(String value) {
        String text = value.trim();
        try {
            if (text.matches("0?\\.\\d+")) {
                // a time cell: the fraction of a day, to the minute
                long minutes = new BigDecimal(text).multiply(BigDecimal.valueOf(24 * 60))
                        .setScale(0, RoundingMode.HALF_UP).longValueExact();
                return minutes < 24 * 60 ? Optional.of(LocalTime.MIN.plusMinutes(minutes)) : Optional.empty();
            }
            String[] parts = text.replaceAll("[^0-9]+", " ").trim().split(" ");
            if (parts.length < 1 || parts.length > 3 || parts[0].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(LocalTime.of(Integer.parseInt(parts[0]),
                    parts.length > 1 ? Integer.parseInt(parts[1]) : 0));
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> decimal(String value) {
        try {
            return Optional.of(new BigDecimal(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A whole number such as a talent's or a session's (a numeric cell may read {@code 12.0}). */
    static Optional<Long> whole(String value) {
        try {
            return Optional.of(new BigDecimal(value.trim()).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
