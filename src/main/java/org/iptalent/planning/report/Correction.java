package org.iptalent.planning.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A corrected value of a computed indicator for one month and region.
 *
 * @param regionCode '000000' for the country, or a province's or prefecture-level city's code
 * @param value      in the indicator's unit (10,000 persons for talents), as the history shows it
 * @param reason     why the month's value was wrong: required, kept with the correction
 */
public record Correction(String regionCode, YearMonth month, BigDecimal value, String reason) {
}
