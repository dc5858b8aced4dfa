package org.iptalent.publicnotice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published notice as its administration sees it: {@code open} while objections are taken (from the first day to
 * the last, inclusive), {@code closed} from the day after its last; each entry with its objections not dismissed.
 */
public record PublicNoticeView(long id, String topic, String sourceReference, String regionCode, String title,
        String body, LocalDate opensOn, LocalDate closesOn, boolean open, boolean closed, List<EntryView> entries,
        Instant publishedAt) {

    public record EntryView(long id, String reference, String name, String employer, String detail,
            int objections) {
    }

    /** The entry with the caller's reference, if listed. */
    public java.util.Optional<EntryView> entry(String reference) {
        return entries.stream().filter(e -> e.reference().equals(reference)).findFirst();
    }
}
