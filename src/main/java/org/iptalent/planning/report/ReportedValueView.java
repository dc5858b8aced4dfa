package org.iptalent.planning.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reported value as its list and the API show it, in the indicator's unit.
 *
 * @param state        SUBMITTED (waiting for the national office), APPROVED (the indicator's value) or REJECTED
 * @param evidenceSha256 the SHA-256 of the evidence file as it was received
 * @param version      the version to send back (If-Match) when deciding it
 */
public record ReportedValueView(long id, String indicator, String regionCode, String regionName, LocalDate asOf,
        BigDecimal value, String note, String state, String evidenceName, String evidenceType, int evidenceSize,
        String evidenceSha256, Instant submittedAt, Instant decidedAt, String decisionNote, long version) {
}
