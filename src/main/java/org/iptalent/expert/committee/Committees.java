package org.iptalent.expert.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.committee.AdvisoryCommittee.Level;
import org.iptalent.expert.committee.CommitteeMember.Role;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.pool.Experts;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advisory committees and their members, for the administrators who keep them: the national committee for the
 * national office, a provincial one for that province's administrators (others get a 404). Members are appointed
 * experts (of the province, for a provincial committee) with a role and a term within the committee's; one chair at
 * a time; a member who leaves stays in the history.
 */
@Service
public class Committees {

    static final String ENTITY = "AdvisoryCommittee";
    static final String MEMBER_ENTITY = "AdvisoryCommitteeMember";

    public record NewCommittee(String name, Level level, String provinceCode, LocalDate termStartsOn,
            LocalDate termEndsOn) {
    }

    public record NewMember(Long expertId, Role role, LocalDate startsOn, LocalDate endsOn) {
    }

    public record CommitteeSummary(long id, String name, Level level, String regionCode, LocalDate termStartsOn,
            LocalDate termEndsOn, long currentMembers) {
    }

    public record MemberView(long id, long expertId, String name, String employerName, String regionCode, Role role,
            LocalDate startsOn, LocalDate endsOn, LocalDate leftOn, String leftReason, boolean current) {
    }

    public record CommitteeView(CommitteeSummary committee, List<MemberView> members) {
    }

    /** An appointed expert the member form offers, found by name or number. */
    public record Candidate(long id, String name, String employerName, String regionCode) {
    }

    /** The experts a search offers, and whether more matched than it shows (the user types more of the name). */
    public record Candidates(List<Candidate> rows, boolean more) {
    }

    /** The longest search the member form's lookup takes. */
    public static final int QUERY_LENGTH = 50;

    /** How many members the committee's page shows at once. */
    public static final int MEMBERS_PAGE = 20;

    /** The members as the committee's page lists them: current ones first, the chair before the others. */
    public static final Sort MEMBER_ORDER = Sort.by(Sort.Order.desc("leftOn"), Sort.Order.asc("role"),
            Sort.Order.asc("startsOn"), Sort.Order.asc("id"));

    private final AdvisoryCommittees committees;
    private final CommitteeMembers members;
    private final Experts experts;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    Committees(AdvisoryCommittees committees, CommitteeMembers members, Experts experts, ReferenceData reference,
            AuditLog audit, Clock clock) {
        this.committees = committees;
        this.members = members;
        this.experts = experts;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** The committees of the administrator's region: the national one for the national office, a province's own. */
    @Transactional(readOnly = true)
    public List<CommitteeSummary> list() {
        ExpertRecords.requireAdministrator();
        RegionScope scope = RegionScope.current();
        LocalDate today = LocalDate.now(clock);
        return committees.findAllByOrderByLevelAscRegionCodeAscNameAsc().stream()
                .filter(c -> scope.includes(c.getRegionCode())).map(c -> summary(c, today)).toList();
    }

    @Transactional(readOnly = true)
    public CommitteeView get(long id) {
        AdvisoryCommittee committee = inScope(id);
        LocalDate today = LocalDate.now(clock);
        List<CommitteeMember> rows = members.findByCommitteeIdOrderByLeftOnDescRoleAscStartsOnAscIdAsc(id);
        return new CommitteeView(summary(committee, today), views(rows, today));
    }

    /** A page of the committee's members, current and former (a committee may hold hundreds over its terms). */
    @Transactional(readOnly = true)
    public Page<MemberView> members(long id, Pageable pageable) {
        inScope(id);
        Page<CommitteeMember> rows = members.findByCommitteeId(id, pageable);
        return new PageImpl<>(views(rows.getContent(), LocalDate.now(clock)), pageable, rows.getTotalElements());
    }

    /** The committee as its page heads it (its members are read a page at a time). */
    @Transactional(readOnly = true)
    public CommitteeSummary summary(long id) {
        return summary(inScope(id), LocalDate.now(clock));
    }

    /**
     * Appointed experts the committee may take, by name (or by their number when digits are typed): of the user's
     * region, of the province for a provincial committee, and not seated already; at most {@code limit}. The same
     * rules {@link #appoint} checks, so the form offers only those it would accept.
     */
    @Transactional(readOnly = true)
    public Candidates candidates(long committeeId, String query, int limit) {
        AdvisoryCommittee committee = inScope(committeeId);
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new Candidates(List.of(), false);
        }
        if (q.length() > QUERY_LENGTH) {
            throw new BusinessRuleException("expertQuery", "field.tooLong", QUERY_LENGTH);
        }
        List<Long> seated = members.findByCommitteeIdAndLeftOnIsNull(committeeId).stream()
                .map(CommitteeMember::getExpertId).toList();
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Long number = q.matches("\\d{1,18}") ? Long.valueOf(q) : null;
        Specification<Expert> spec = RegionScope.current().<Expert>specification("regionCode")
                .and((root, cq, cb) -> cb.equal(root.get("status"), Expert.Status.APPOINTED))
                .and((root, cq, cb) -> number == null ? cb.like(root.get("displayName"), like, '\\')
                        : cb.or(cb.equal(root.get("id"), number), cb.like(root.get("displayName"), like, '\\')));
        if (committee.getLevel() == Level.PROVINCIAL) {
            spec = spec.and((root, cq, cb) -> cb.equal(root.get("provinceCode"), committee.getRegionCode()));
        }
        if (!seated.isEmpty()) {
            spec = spec.and((root, cq, cb) -> cb.not(root.get("id").in(seated)));
        }
        List<Candidate> found = experts.findAll(spec, PageRequest.of(0, limit + 1, Sort.by("displayName", "id")))
                .stream().map(e -> new Candidate(e.getId(), e.getDisplayName(), e.getEmployerName(),
                        e.getRegionCode())).toList();
        return found.size() > limit ? new Candidates(found.subList(0, limit), true) : new Candidates(found, false);
    }

    private List<MemberView> views(List<CommitteeMember> rows, LocalDate today) {
        Map<Long, Expert> byId = experts.findAllById(rows.stream().map(CommitteeMember::getExpertId).toList())
                .stream().collect(Collectors.toMap(Expert::getId, Function.identity()));
        return rows.stream().map(m -> {
            Expert e = byId.get(m.getExpertId());
            return new MemberView(m.getId(), m.getExpertId(), e == null ? null : e.getDisplayName(),
                    e == null ? null : e.getEmployerName(), e == null ? null : e.getRegionCode(), m.getRole(),
                    m.getStartsOn(), m.getEndsOn(), m.getLeftOn(), m.getLeftReason(), m.isCurrent(today));
        }).toList();
    }

    @Transactional
    public CommitteeSummary create(NewCommittee request) {
        ExpertRecords.requireAdministrator();
        RegionScope scope = RegionScope.current();
        List<Problem> problems = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            problems.add(new Problem("name", "field.required"));
        } else if (name.length() > AdvisoryCommittee.NAME_LENGTH) {
            problems.add(new Problem("name", "field.tooLong", List.of(AdvisoryCommittee.NAME_LENGTH)));
        }
        if (request.level() == null) {
            problems.add(new Problem("level", "field.required"));
        } else if (request.level() == Level.NATIONAL && !scope.isNational()) {
            problems.add(new Problem("level", "expert.committee.nationalOnly"));
        } else if (request.level() == Level.PROVINCIAL) {
            String province = request.provinceCode() == null ? "" : request.provinceCode().strip();
            if (province.isEmpty()) {
                problems.add(new Problem("provinceCode", "field.required"));
            } else if (reference.division(province).filter(Division::isProvince).isEmpty()) {
                problems.add(new Problem("provinceCode", ReferenceData.UNKNOWN_CODE, List.of(province)));
            } else if (!scope.includes(province)) {
                problems.add(new Problem("provinceCode", "expert.committee.otherProvince"));
            }
        }
        if (request.termStartsOn() == null) {
            problems.add(new Problem("termStartsOn", "field.required"));
        }
        if (request.termEndsOn() == null) {
            problems.add(new Problem("termEndsOn", "field.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (committees.findByName(name).isPresent()) {
            throw new ConflictException("expert.committee.nameTaken", name);
        }
        AdvisoryCommittee committee;
        try {
            committee = committees.saveAndFlush(new AdvisoryCommittee(name, request.level(),
                    request.provinceCode() == null ? null : request.provinceCode().strip(), request.termStartsOn(),
                    request.termEndsOn()));
        } catch (DataIntegrityViolationException raced) {
            // a double submission: the other one took the name between the check and the insert
            throw new ConflictException("expert.committee.nameTaken", name);
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, committee.getId()).region(committee.getRegionCode())
                .message("expert.committee.audit.created", name));
        return summary(committee, LocalDate.now(clock));
    }

    /** Appoints an expert to the committee; the term defaults to the rest of the committee's. */
    @Transactional
    public MemberView appoint(long committeeId, NewMember request) {
        // locked: two appointments at once (a double submission, two chairs) are checked one after the other
        AdvisoryCommittee committee = inScope(committeeId, true);
        LocalDate today = LocalDate.now(clock);
        if (request.expertId() == null) {
            throw new BusinessRuleException("expertId", "field.required");
        }
        Expert expert = experts.findById(request.expertId())
                .filter(e -> RegionScope.current().includes(e.getRegionCode()))
                .orElseThrow(() -> new BusinessRuleException("expertId", "expert.committee.member.unknownExpert",
                        String.valueOf(request.expertId())));
        if (expert.getStatus() != Expert.Status.APPOINTED) {
            throw new BusinessRuleException("expertId", "expert.committee.member.notAppointed");
        }
        if (committee.getLevel() == Level.PROVINCIAL && !expert.getProvinceCode().equals(committee.getRegionCode())) {
            throw new BusinessRuleException("expertId", "expert.committee.member.otherProvince");
        }
        Role role = request.role() == null ? Role.MEMBER : request.role();
        LocalDate startsOn = request.startsOn() != null ? request.startsOn()
                : today.isBefore(committee.getTermStartsOn()) ? committee.getTermStartsOn() : today;
        LocalDate endsOn = request.endsOn() != null ? request.endsOn() : committee.getTermEndsOn();
        if (endsOn.isBefore(startsOn)) {
            throw new BusinessRuleException("endsOn", "expert.committee.termBackwards");
        }
        if (!committee.covers(startsOn, endsOn)) {
            throw new BusinessRuleException("startsOn", "expert.committee.member.outsideTerm",
                    committee.getTermStartsOn().toString(), committee.getTermEndsOn().toString());
        }
        List<CommitteeMember> seated = members.findByCommitteeIdAndLeftOnIsNull(committeeId);
        if (seated.stream().anyMatch(m -> m.getExpertId() == expert.getId())) {
            throw new ConflictException("expert.committee.member.already");
        }
        if (role == Role.CHAIR && seated.stream().anyMatch(m -> m.getRole() == Role.CHAIR)) {
            throw new BusinessRuleException("role", "expert.committee.member.chairTaken");
        }
        CommitteeMember member = members.saveAndFlush(new CommitteeMember(committeeId, expert.getId(), role,
                startsOn, endsOn));
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, committeeId).region(committee.getRegionCode())
                .message("expert.committee.audit.appointed", String.valueOf(expert.getId()), role.name()));
        return new MemberView(member.getId(), expert.getId(), expert.getDisplayName(), expert.getEmployerName(),
                expert.getRegionCode(), role, startsOn, endsOn, null, null, member.isCurrent(today));
    }

    /** The member leaves today; the seat stays in the committee's history with the reason. */
    @Transactional
    public void leave(long committeeId, long memberId, String reason) {
        AdvisoryCommittee committee = inScope(committeeId);
        CommitteeMember member = members.findById(memberId).filter(m -> m.getCommitteeId() == committeeId)
                .orElseThrow(() -> new RecordNotFoundException(MEMBER_ENTITY, memberId));
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text != null && text.length() > CommitteeMember.REASON_LENGTH) {
            throw new BusinessRuleException("reason", "field.tooLong", CommitteeMember.REASON_LENGTH);
        }
        member.leave(LocalDate.now(clock), text);
        members.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, committeeId).region(committee.getRegionCode())
                .message("expert.committee.audit.left", String.valueOf(member.getExpertId()), text == null ? "" : text));
    }

    /** The committee, if the administrator's region holds it; a 404 otherwise, as if it did not exist. */
    AdvisoryCommittee inScope(long id) {
        return inScope(id, false);
    }

    private AdvisoryCommittee inScope(long id, boolean lock) {
        ExpertRecords.requireAdministrator();
        return (lock ? committees.lock(id) : committees.findById(id))
                .filter(c -> RegionScope.current().includes(c.getRegionCode()))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    /** The members seated today whose experts are still appointed: those a consultation is sent to. */
    List<Long> currentExperts(long committeeId) {
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = members.findByCommitteeIdAndLeftOnIsNull(committeeId).stream()
                .filter(m -> m.isCurrent(today)).map(CommitteeMember::getExpertId).toList();
        return experts.findAllById(ids).stream().filter(e -> e.getStatus() == Expert.Status.APPOINTED)
                .map(Expert::getId).sorted().toList();
    }

    AdvisoryCommittee committee(long id) {
        return committees.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    private CommitteeSummary summary(AdvisoryCommittee c, LocalDate today) {
        long current = members.findByCommitteeIdAndLeftOnIsNull(c.getId()).stream().filter(m -> m.isCurrent(today))
                .count();
        return new CommitteeSummary(c.getId(), c.getName(), c.getLevel(), c.getRegionCode(), c.getTermStartsOn(),
                c.getTermEndsOn(), current);
    }
}
