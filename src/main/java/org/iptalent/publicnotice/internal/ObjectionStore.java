package org.iptalent.publicnotice.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObjectionStore extends JpaRepository<Objection, Long> {

    List<Objection> findByNoticeIdOrderByRaisedAtAscIdAsc(long noticeId);

    @Query("select count(o) from Objection o where o.entryId = ?1 and o.raisedAt >= ?2")
    long countForEntrySince(long entryId, Instant since);

    @Query("select count(o) from Objection o where o.noticeId = ?1 and o.raisedAt >= ?2")
    long countForNoticeSince(long noticeId, Instant since);

    @Query("select count(o) from Objection o where o.noticeId = ?1 and o.contactHash = ?2 and o.raisedAt >= ?3")
    long countByContactSince(long noticeId, String contactHash, Instant since);

    /** Per entry id, how many objections stand (not dismissed). */
    @Query("select o.entryId, count(o) from Objection o where o.noticeId = ?1 and o.dismissedAt is null group by o.entryId")
    List<Object[]> standingByEntry(long noticeId);
}
