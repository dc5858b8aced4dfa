package org.iptalent.expert.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named teams of experts with a target size (the trademark examination "expert" team of 100, seeded by V31): an
 * administrator adds an appointed expert of their region or takes one out. Membership is dated (joined, left) and a
 * member who left stays on record, so the plan's indicator counts the team on any past day.
 */
@Service
public class ExpertTeams {

    public static final String ENTITY = "ExpertTeamMember";

    private final JdbcTemplate jdbc;
    private final ExpertRecords experts;
    private final AuditLog audit;
    private final Clock clock;

    ExpertTeams(JdbcTemplate jdbc, ExpertRecords experts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.experts = experts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every team with its members today: the fill against the target is national, whatever the reader's region. */
    @Transactional(readOnly = true)
    public List<ExpertTeam> all() {
        ExpertRecords.requireAdministrator();
        return jdbc.query("""
                select t.code, t.name_zh, t.name_en, t.target_size, count(m.id) from expert_team t
                left join expert_team_member m on m.team_code = t.code and m.left_on is null
                group by t.code order by t.code""", (rs, n) -> new ExpertTeam(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getInt(4), rs.getInt(5)));
    }

    /** Adds an appointed expert (not blacklisted) of the administrator's region to the team from today. */
    @Transactional
    public ExpertTeam add(String code, long expertId) {
        ExpertRecords.requireAdministrator();
        ExpertTeam team = team(code);
        Expert expert = experts.visible(expertId);
        if (expert.getStatus() != Expert.Status.APPOINTED || expert.isBlacklisted()) {
            throw new BusinessRuleException("expertId", "expert.team.notAppointed", expertId);
        }
        Long id;
        try {
            id = jdbc.queryForObject("""
                    insert into expert_team_member (team_code, expert_id, joined_on) values (?, ?, ?)
                    returning id""", Long.class, team.code(), expertId, today());
        } catch (DuplicateKeyException already) {
            throw new ConflictException("expert.team.alreadyMember", expertId);
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, id).region(expert.getRegionCode())
                .message("expert.team.audit.joined", expertId, team.code()));
        return team(code);
    }

    /** Takes a member out of the team as of today; its membership stays on record. */
    @Transactional
    public ExpertTeam remove(String code, long expertId) {
        ExpertRecords.requireAdministrator();
        ExpertTeam team = team(code);
        Expert expert = experts.visible(expertId);
        Long id = jdbc.query("""
                update expert_team_member set left_on = ?
                where team_code = ? and expert_id = ? and left_on is null returning id""",
                rs -> rs.next() ? rs.getLong(1) : null, today(), team.code(), expertId);
        if (id == null) {
            throw new RecordNotFoundException(ENTITY, expertId);
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(expert.getRegionCode())
                .message("expert.team.audit.left", expertId, team.code()));
        return team(code);
    }

    /** Whether the expert is a member of the team today. */
    @Transactional(readOnly = true)
    public boolean isMember(String code, long expertId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from expert_team_member
                               where team_code = ? and expert_id = ? and left_on is null)""",
                Boolean.class, code, expertId));
    }

    private ExpertTeam team(String code) {
        return find(code).orElseThrow(() -> new RecordNotFoundException("ExpertTeam", code));
    }

    private Optional<ExpertTeam> find(String code) {
        return jdbc.query("""
                select t.code, t.name_zh, t.name_en, t.target_size,
                       (select count(*) from expert_team_member m where m.team_code = t.code and m.left_on is null)
                from expert_team t where t.code = ?""", (rs, n) -> new ExpertTeam(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getInt(4), rs.getInt(5)), code).stream().findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
