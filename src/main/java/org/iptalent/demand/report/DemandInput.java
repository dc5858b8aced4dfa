package org.iptalent.demand.report;

/**
 * A need as a form, the API or a spreadsheet row gives it, unchecked. {@code organisationId}: the employer an
 * administration reports for (an employer's account reports for its own, whatever this says).
 */
public record DemandInput(Long organisationId, Integer year, String horizon, String regionCode, String industryCode,
        String team, String category, String qualification, String education, Integer count) {
}
