package org.iptalent.publicnotice;

import java.util.Set;

/** Public notices for other modules: publish one, read it back, and ask which entries stand objected. */
public interface PublicNotices {

    /** The shortest period a notice runs: its last day at least this many days after its first. */
    int MIN_DAYS = 5;
    /** The most people one notice lists. */
    int MAX_ENTRIES = 2000;

    /**
     * Publishes a notice in the region given, which the administrator's scope must include (the country,
     * {@code 000000}, for a national administrator only); every problem refused at once, in words; audited.
     */
    long publish(PublicNoticeDraft draft);

    /** The notice, for the publishing administration (any other is not found). */
    PublicNoticeView get(long id);

    /** The references of the entries with at least one objection not dismissed (scope-checked as {@link #get}). */
    Set<String> objectedReferences(long noticeId);
}
