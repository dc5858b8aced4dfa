package org.iptalent.publicnotice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.publicnotice.PublicNoticeDraft;
import org.iptalent.publicnotice.PublicNoticeView;
import org.iptalent.publicnotice.PublicNotices;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices administrations publish: checked, stored whole and audited; read back by the publishing region's
 * administrators (anyone else's is not found), and by the public once open.
 */
@Service
public class NoticeBoard implements PublicNotices {

    public static final String ENTITY = "PublicNotice";
    /** How long after closing a notice stays on the public list. */
    static final int SHOWN_DAYS_AFTER_CLOSING = 90;

    private final PublicNoticeStore notices;
    private final ObjectionStore objections;
    private final NoticeRules rules;
    private final AuditLog audit;
    private final Clock clock;

    NoticeBoard(PublicNoticeStore notices, ObjectionStore objections, NoticeRules rules, AuditLog audit, Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long publish(PublicNoticeDraft draft) {
        CurrentUser user = requireAdministrator();
        rules.check(draft, user.scope(), today());
        PublicNotice notice = notices.saveAndFlush(new PublicNotice(draft, user.id()));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, notice.getId()).region(notice.getRegionCode())
                .message("publicnotice.audit.published", notice.getTitle(), String.valueOf(notice.getEntryCount()),
                        notice.getOpensOn().toString(), notice.getClosesOn().toString()));
        return notice.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public PublicNoticeView get(long id) {
        return view(administered(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> objectedReferences(long noticeId) {
        PublicNotice notice = administered(noticeId);
        Set<Long> objected = standing(noticeId).keySet();
        return notice.getEntries().stream().filter(e -> objected.contains(e.getId())).map(NoticeEntry::getReference)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The notices of the administrator's region, the latest first. */
    @Transactional(readOnly = true)
    public Page<PublicNotice> administeredPage(PageRequest page) {
        RegionScope scope = requireAdministrator().scope();
        return notices.findAll(scope.<PublicNotice>specification("regionCode"), page);
    }

    /** What the public sees: notices open or closed lately, the latest first. */
    @Transactional(readOnly = true)
    public Page<PublicNotice> shown(PageRequest page) {
        LocalDate today = today();
        return notices.shown(today, today.minusDays(SHOWN_DAYS_AFTER_CLOSING), page);
    }

    /** A notice as the public sees it (from its first day on); objections not counted. */
    @Transactional(readOnly = true)
    public PublicNoticeView shownNotice(long id) {
        PublicNotice notice = notices.findById(id).filter(n -> n.isPublic(today()))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        LocalDate today = today();
        return new PublicNoticeView(notice.getId(), notice.getTopic(), null, notice.getRegionCode(),
                notice.getTitle(), notice.getBody(), notice.getOpensOn(), notice.getClosesOn(), notice.isOpen(today),
                notice.isClosed(today), notice.getEntries().stream().map(e -> new PublicNoticeView.EntryView(e.getId(),
                        null, e.getName(), e.getEmployer(), e.getDetail(), 0)).toList(), notice.getCreatedAt());
    }

    /** The notice, if the administrator's region includes it; otherwise not found. */
    PublicNotice administered(long id) {
        requireAdministrator();
        PublicNotice notice = notices.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        return RegionScope.current().check(notice, ENTITY, id);
    }

    PublicNoticeView view(PublicNotice notice) {
        LocalDate today = today();
        Map<Long, Long> standing = standing(notice.getId());
        List<PublicNoticeView.EntryView> entries = notice.getEntries().stream()
                .map(e -> new PublicNoticeView.EntryView(e.getId(), e.getReference(), e.getName(), e.getEmployer(),
                        e.getDetail(), standing.getOrDefault(e.getId(), 0L).intValue()))
                .toList();
        return new PublicNoticeView(notice.getId(), notice.getTopic(), notice.getSourceReference(),
                notice.getRegionCode(), notice.getTitle(), notice.getBody(), notice.getOpensOn(),
                notice.getClosesOn(), notice.isOpen(today), notice.isClosed(today), entries, notice.getCreatedAt());
    }

    private Map<Long, Long> standing(long noticeId) {
        return objections.standingByEntry(noticeId).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** Today by the platform's clock: a notice is open or closed by it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** National, provincial and city administrators publish notices and read their objections. */
    static CurrentUser requireAdministrator() {
        CurrentUser user = CurrentUser.require();
        if (!(user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN) || user.has(Role.CITY_ADMIN))) {
            throw new AccessDeniedException("publicnotice.administratorsOnly");
        }
        return user;
    }
}
