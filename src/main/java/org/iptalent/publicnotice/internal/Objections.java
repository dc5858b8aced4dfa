package org.iptalent.publicnotice.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.platform.FieldCipher;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections to a notice's entries: raised by anyone while the notice is open, within limits a hostile crowd cannot
 * push past (per entry, per notice and per contact each day, counted under the notice's lock); read and dismissed,
 * with a reason, by the publishing administration. Every one audited; the objector's name and contact encrypted.
 */
@Service
public class Objections {

    static final String ENTITY = "PublicNoticeObjection";
    /** The most objections one entry takes a day. */
    static final int PER_ENTRY_DAILY = 50;
    /** The most objections one notice takes a day. */
    static final int PER_NOTICE_DAILY = 1000;
    /** The most objections one contact raises on one notice a day. */
    static final int PER_CONTACT_DAILY = 5;

    /** What an objector sends. */
    public record Input(Long entryId, String objectorName, String contact, String reason) {
    }

    /** An objection as the administration reads it. */
    public record View(long id, long entryId, String entryName, String objectorName, String contact, String reason,
            Instant raisedAt, boolean dismissed, Instant dismissedAt, String dismissalReason) {
    }

    private final PublicNoticeStore notices;
    private final ObjectionStore objections;
    private final NoticeBoard board;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    Objections(PublicNoticeStore notices, ObjectionStore objections, NoticeBoard board, FieldCipher cipher,
            AuditLog audit, Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.board = board;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Raises an objection to one entry of an open notice; no sign-in needed. */
    @Transactional
    public void raise(long noticeId, Input input) {
        LocalDate today = LocalDate.now(clock);
        PublicNotice notice = notices.lock(noticeId).filter(n -> n.isPublic(today))
                .orElseThrow(() -> new RecordNotFoundException(NoticeBoard.ENTITY, noticeId));
        if (!notice.isOpen(today)) {
            throw new BusinessRuleException(null, "publicnotice.objection.closed");
        }
        List<Problem> problems = new ArrayList<>();
        NoticeEntry entry = input.entryId() == null ? null : notice.getEntries().stream()
                .filter(e -> e.getId().equals(input.entryId())).findFirst().orElse(null);
        if (entry == null) {
            problems.add(new Problem("entryId", "field.required"));
        }
        NoticeRules.required(problems, "objectorName", input.objectorName(), Objection.NAME_LENGTH);
        NoticeRules.required(problems, "contact", input.contact(), Objection.CONTACT_LENGTH);
        NoticeRules.required(problems, "reason", input.reason(), Objection.REASON_LENGTH);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String contact = input.contact().strip();
        String contactHash = cipher.lookupHash(contact.toLowerCase(Locale.ROOT));
        Instant now = clock.instant();
        Instant dayStart = today.atStartOfDay(clock.getZone()).toInstant();
        if (objections.countForEntrySince(entry.getId(), dayStart) >= PER_ENTRY_DAILY
                || objections.countForNoticeSince(noticeId, dayStart) >= PER_NOTICE_DAILY
                || objections.countByContactSince(noticeId, contactHash, dayStart) >= PER_CONTACT_DAILY) {
            throw new BusinessRuleException(null, "publicnotice.objection.tooMany");
        }
        Objection objection = objections.saveAndFlush(new Objection(noticeId, entry.getId(),
                cipher.encrypt(input.objectorName().strip()), cipher.encrypt(contact), contactHash,
                input.reason().strip(), now));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, objection.getId()).region(notice.getRegionCode())
                .message("publicnotice.audit.objected", String.valueOf(noticeId), entry.getName()));
    }

    /** The notice's objections, oldest first, for its administration. */
    @Transactional(readOnly = true)
    public List<View> of(long noticeId) {
        PublicNotice notice = board.administered(noticeId);
        Map<Long, String> names = notice.getEntries().stream()
                .collect(Collectors.toMap(NoticeEntry::getId, NoticeEntry::getName, (a, b) -> a));
        return objections.findByNoticeIdOrderByRaisedAtAscIdAsc(noticeId).stream().map(view(names)).toList();
    }

    /** Dismisses an objection, with a reason: it no longer counts against its entry. */
    @Transactional
    public void dismiss(long noticeId, long objectionId, String reason) {
        CurrentUser user = CurrentUser.require();
        PublicNotice notice = board.administered(noticeId);
        Objection objection = objections.findById(objectionId).filter(o -> o.getNoticeId() == noticeId)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, objectionId));
        List<Problem> problems = new ArrayList<>();
        NoticeRules.required(problems, "dismissalReason", reason, Objection.DISMISSAL_LENGTH);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        objection.dismiss(reason.strip(), user.id(), clock.instant());
        objections.saveAndFlush(objection);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, objectionId).region(notice.getRegionCode())
                .message("publicnotice.audit.dismissed", String.valueOf(noticeId), reason.strip()));
    }

    private Function<Objection, View> view(Map<Long, String> names) {
        return o -> new View(o.getId(), o.getEntryId(), names.get(o.getEntryId()), cipher.decrypt(o.getObjectorName()),
                cipher.decrypt(o.getContact()), o.getReason(), o.getRaisedAt(), o.isDismissed(), o.getDismissedAt(),
                o.getDismissalReason());
    }
}
