package org.iptalent.publicnotice;

import java.time.LocalDate;
import java.util.List;

/**
 * A notice to publish: its topic (a short code labelled by {@code publicnotice.topic.<topic>}), the caller's reference
 * to what it publishes (a batch, a programme), the publishing region, title, body, the people listed and the period
 * during which objections are taken (at least {@value PublicNotices#MIN_DAYS} days).
 */
public record PublicNoticeDraft(String topic, String sourceReference, String regionCode, String title, String body,
        List<Entry> entries, LocalDate opensOn, LocalDate closesOn) {

    public PublicNoticeDraft {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** One listed person: the caller's reference (e.g. an application id), the name and employer shown, a detail. */
    public record Entry(String reference, String name, String employer, String detail) {
    }
}
