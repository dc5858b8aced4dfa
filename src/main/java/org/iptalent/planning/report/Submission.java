package org.iptalent.planning.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a region reports for an indicator, the evidence apart.
 *
 * @param regionCode '000000' for the country, or a province's code; the submitter's own province when blank
 * @param value      in the indicator's unit, at most two decimals
 */
public record Submission(String regionCode, BigDecimal value, LocalDate asOf, String note) {
}
