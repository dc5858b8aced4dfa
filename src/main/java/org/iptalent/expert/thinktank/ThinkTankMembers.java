package org.iptalent.expert.thinktank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.thinktank.ThinkTankViews.Member;
import org.iptalent.expert.thinktank.ThinkTankViews.Membership;
import org.iptalent.expert.thinktank.ThinkTankViews.MemberRole;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A think tank's members: appointed experts (not blacklisted) the administrator may see, as lead or member from a day
 * until they leave. An expert is a member of a think tank once at a time: a new membership may not begin before the
 * last one ended. A member who leaves stays on record.
 */
@Service
public class ThinkTankMembers {

    public static final String ENTITY = "ThinkTankMember";

    /** A think tank's members with their experts' names; current ones first (leads before members), then past. */
    private static final String MEMBERS = """
            select m.id, m.expert_id, e.display_name, e.employer_name, m.role, m.since, m.until
            from think_tank_member m join expert e on e.id = m.expert_id where m.think_tank_id = ?""";
    private static final String ORDER = " order by m.until is not null, m.until desc, m.role, e.display_name, m.id";

    private final ThinkTanks thinkTanks;
    private final ExpertRecords experts;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ThinkTankMembers(ThinkTanks thinkTanks, ExpertRecords experts, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.thinkTanks = thinkTanks;
        this.experts = experts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds an appointed expert as lead or member from {@code since} (today when not given). */
    @Transactional
    public Member add(long thinkTankId, Long expertId, MemberRole role, LocalDate since) {
        ExpertRecords.requireAdministrator();
        ThinkTank thinkTank = ThinkTankRecords.visible(thinkTanks, thinkTankId);
        List<Problem> problems = new ArrayList<>();
        ThinkTankRules.required(problems, "expertId", expertId);
        ThinkTankRules.required(problems, "role", role);
        LocalDate from = since == null ? today() : since;
        ThinkTankRules.notFuture(problems, "since", from, today());
        ThinkTankRules.throwIfAny(problems);
        Expert expert = experts.visible(expertId);
        if (expert.getStatus() != Expert.Status.APPOINTED || expert.isBlacklisted()) {
            throw new BusinessRuleException("expertId", "thinktank.member.notAppointed", String.valueOf(expertId));
        }
        // an earlier membership must have ended before this one begins; the unique index catches a race
        Boolean overlaps = jdbc.queryForObject("""
                select exists (select 1 from think_tank_member where think_tank_id = ? and expert_id = ?
                               and (until is null or until >= ?))""", Boolean.class, thinkTankId, expertId, from);
        if (Boolean.TRUE.equals(overlaps)) {
            throw new ConflictException("thinktank.member.already", expert.getDisplayName());
        }
        Long id;
        try {
            id = jdbc.queryForObject("""
                    insert into think_tank_member (think_tank_id, expert_id, role, since, created_at)
                    values (?, ?, ?, ?, now()) returning id""", Long.class, thinkTankId, expertId, role.name(), from);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("thinktank.member.already", expert.getDisplayName());
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, id).region(thinkTank.getRegionCode())
                .message("thinktank.audit.memberJoined", String.valueOf(expertId), thinkTank.getName(),
                        role.name()));
        return of(thinkTankId).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
    }

    /** Ends a current membership on {@code until} (today when not given); the member stays on record. */
    @Transactional
    public void end(long thinkTankId, long memberId, LocalDate until) {
        ExpertRecords.requireAdministrator();
        ThinkTank thinkTank = ThinkTankRecords.visible(thinkTanks, thinkTankId);
        Member member = current(thinkTankId, memberId);
        LocalDate to = until == null ? today() : until;
        if (to.isBefore(member.since())) {
            throw new BusinessRuleException("until", "thinktank.member.untilBeforeSince", member.since().toString());
        }
        jdbc.update("update think_tank_member set until = ? where id = ?", to, memberId);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, memberId).region(thinkTank.getRegionCode())
                .message("thinktank.audit.memberLeft", String.valueOf(member.expertId()), thinkTank.getName(),
                        to.toString()));
    }

    /** A current member of the think tank, or not found. */
    Member current(long thinkTankId, long memberId) {
        return of(thinkTankId).stream().filter(m -> m.id() == memberId && m.current()).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, memberId));
    }

    /** Every member of the think tank, current ones first (leads before members), then those who left. */
    List<Member> of(long thinkTankId) {
        return jdbc.query(MEMBERS + ORDER, ThinkTankMembers::member, thinkTankId);
    }

    /** A page of the think tank's members, in the order of {@link #of}. */
    Page<Member> page(long thinkTankId, Pageable pageable) {
        long total = jdbc.queryForObject("select count(*) from think_tank_member where think_tank_id = ?",
                Long.class, thinkTankId);
        List<Member> rows = jdbc.query(MEMBERS + ORDER + " limit ? offset ?", ThinkTankMembers::member,
                thinkTankId, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total);
    }

    /** The current members, by name: those who may lead a topic. */
    List<Member> leads(long thinkTankId) {
        return jdbc.query(MEMBERS + " and m.until is null order by e.display_name, m.id", ThinkTankMembers::member,
                thinkTankId);
    }

    /** The names of these members of the think tank, by membership id (a page of topics' leads). */
    Map<Long, String> names(long thinkTankId, Collection<Long> memberIds) {
        Map<Long, String> names = new HashMap<>();
        if (!memberIds.isEmpty()) {
            jdbc.query("""
                    select m.id, e.display_name from think_tank_member m join expert e on e.id = m.expert_id
                    where m.think_tank_id = ? and m.id = any(?)""", rs -> {
                names.put(rs.getLong(1), rs.getString(2));
            }, thinkTankId, memberIds.toArray(Long[]::new));
        }
        return names;
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                MemberRole.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class));
    }

    /** An expert who may join: the member form's options. */
    public record Candidate(long expertId, String name, String employerName) {
    }

    /**
     * Appointed experts (not blacklisted) of the think tank's region and the user's who are no current members, by
     * name: at most {@code limit}, the form's list of options.
     */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long thinkTankId, int limit) {
        ExpertRecords.requireAdministrator();
        ThinkTank thinkTank = ThinkTankRecords.visible(thinkTanks, thinkTankId);
        String region = ThinkTank.NATIONAL.equals(thinkTank.getRegionCode()) ? RegionScope.national().likePattern()
                : RegionScope.of(thinkTank.getRegionCode()).likePattern();
        return jdbc.query("""
                select e.id, e.display_name, e.employer_name from expert e
                where e.status = 'APPOINTED' and not e.blacklisted and e.region_code like ? and e.region_code like ?
                  and not exists (select 1 from think_tank_member m where m.think_tank_id = ? and m.expert_id = e.id
                                  and m.until is null)
                order by e.display_name, e.id limit ?""", (rs, n) -> new Candidate(rs.getLong(1), rs.getString(2),
                rs.getString(3)), region, RegionScope.current().likePattern(), thinkTankId, limit);
    }

    /** The think tanks in the user's region the expert belongs or belonged to, current ones first. */
    @Transactional(readOnly = true)
    public List<Membership> ofExpert(long expertId) {
        ExpertRecords.requireAdministrator();
        experts.visible(expertId);
        return jdbc.query("""
                select t.id, t.name, m.role, m.since, m.until from think_tank_member m
                join think_tank t on t.id = m.think_tank_id where m.expert_id = ? and t.region_code like ?
                order by m.until is not null, m.since desc, m.id desc""",
                (rs, n) -> new Membership(rs.getLong(1), rs.getString(2), MemberRole.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)),
                expertId, RegionScope.current().likePattern());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
