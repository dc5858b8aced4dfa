package org.iptalent.shared;

/**
 * How sensitive personal data is shown wherever it leaves the database: pages, exports, the audit
 * log. One place, so that a phone number is masked the same way everywhere.
 */
public final class Masks {

    private Masks() {
    }

    /** {@code 110105199001011234} → {@code 110105********1234}. */
    public static String identityNumber(String value) {
        return keep(value, 6, 4);
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    /** {@code zhang.san@example.cn} → {@code z***@example.cn}. */
    public static String email(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int at = value.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return value.charAt(0) + "***" + value.substring(at);
    }

    /**
     * A person's name shown to someone who may only confirm it: {@code 张三丰} → {@code 张**}, {@code 李四} →
     * {@code 李*}; a name in Latin letters keeps each word's first letter, {@code Wang Fang} → {@code W*** F***}.
     */
    public static String name(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String name = value.strip();
        if (name.codePoints().noneMatch(Character::isWhitespace)) {
            int first = name.offsetByCodePoints(0, 1);
            return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
        }
        StringBuilder masked = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            masked.append(name(word));
        }
        return masked.toString();
    }

    /** A secret that must never be shown at all, e.g. a password hash. */
    public static String secret(String value) {
        return value == null ? null : "******";
    }

    private static String keep(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
