package org.iptalent.certificate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.iptalent.shared.InvalidInputException.Problem;

/**
 * A certificate type as the national administrator enters it (the code only when creating one).
 *
 * @param validityYears how many years a certificate is valid, 1 to 50; null when it never expires
 * @param reminderDays  how many days before expiry the holder is reminded, 1 to 365 (only with a validity)
 */
public record CertificateTypeInput(String code, String nameZh, String nameEn, Integer validityYears,
        Integer reminderDays, String serialFormat) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    /** Every problem of the input, each on its field. */
    List<Problem> problems(boolean creating) {
        List<Problem> problems = new ArrayList<>();
        if (creating) {
            if (code == null || code.isBlank()) {
                problems.add(new Problem("code", "field.required"));
            } else if (!CODE.matcher(code.strip()).matches()) {
                problems.add(new Problem("code", "certificate.type.code.format"));
            }
        }
        name(problems, "nameZh", nameZh);
        name(problems, "nameEn", nameEn);
        if (validityYears != null && (validityYears < 1 || validityYears > 50)) {
            problems.add(new Problem("validityYears", "certificate.type.validityYears.range", List.of(1, 50)));
        }
        if (validityYears != null && reminderDays == null) {
            problems.add(new Problem("reminderDays", "certificate.type.reminderDays.required"));
        } else if (validityYears != null && (reminderDays < 1 || reminderDays > 365)) {
            problems.add(new Problem("reminderDays", "certificate.type.reminderDays.range", List.of(1, 365)));
        }
        SerialFormat.problems(serialFormat == null ? null : serialFormat.strip())
                .forEach(key -> problems.add(new Problem("serialFormat", key, key.equals("certificate.type.format.tooLong")
                        ? List.of(SerialFormat.MAX_LENGTH) : List.of())));
        return problems;
    }

    private static void name(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "field.required"));
        } else if (value.strip().length() > 100) {
            problems.add(new Problem(field, "field.tooLong", List.of(100)));
        }
    }
}
