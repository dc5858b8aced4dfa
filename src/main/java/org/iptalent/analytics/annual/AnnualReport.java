package org.iptalent.analytics.annual;

import java.time.Instant;

/**
 * A year's report as kept: drafted (figures may be drafted again) or published (never changes again). {@code version}
 * counts the drafts of the year (1 for the first): a publication names the one its administrator reviewed.
 */
public record AnnualReport(int year, Status status, AnnualFigures figures, int version, Instant draftedAt,
        long draftedBy, Instant publishedAt, Long publishedBy) {

    public enum Status { DRAFT, PUBLISHED }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    /** The year as a page writes it (never grouped: 2025, not 2,025). */
    public String yearText() {
        return String.valueOf(year);
    }

    /** The draft's number as a page writes it. */
    public String versionText() {
        return String.valueOf(version);
    }
}
