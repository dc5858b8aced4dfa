package org.iptalent.shared;

import java.util.regex.Pattern;

/**
 * A GB/T 2260 administrative-division code: six digits, {@code PP0000} for a province and {@code PPCC00}
 * for a prefecture-level unit. Only the format is checked here; whether the code exists is the
 * reference module's business.
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[1-9]\\d{5}");

    public RegionCode {
        if (value == null || !FORMAT.matcher(value).matches() || !value.endsWith("00")) {
            throw new IllegalArgumentException("not a province or prefecture code: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches() && value.endsWith("00");
    }

    public boolean isProvince() {
        return value.endsWith("0000");
    }

    public String provinceCode() {
        return value.substring(0, 2) + "0000";
    }

    /** The leading digits every code inside this region shares: 2 for a province, 4 for a city. */
    public String prefix() {
        return isProvince() ? value.substring(0, 2) : value.substring(0, 4);
    }

    @Override
    public String toString() {
        return value;
    }
}
