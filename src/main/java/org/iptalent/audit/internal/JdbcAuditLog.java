package org.iptalent.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditRecord;
import org.iptalent.shared.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends entries to the chain. The head row is locked for the rest of the caller's transaction,
 * which orders appends: ids and hashes follow commit order, with no gaps.
 */
@Component
class JdbcAuditLog implements AuditLog {

    static final RowMapper<AuditRecord> RECORD = JdbcAuditLog::map;
    /** The sign-in actions, bound as one array parameter. */
    private static final String[] SIGN_INS = AuditAction.SIGN_INS.stream().map(Enum::name).toArray(String[]::new);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        Map<String, Object> head = jdbc.queryForMap(
                "select last_id, last_hash from audit_chain_head where singleton for update");
        long id = ((Number) head.get("last_id")).longValue() + 1;
        String prevHash = (String) head.get("last_hash");
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CurrentUser user = CurrentUser.find().orElse(null);
        String actor = event.actor() != null ? event.actor() : user != null ? user.username() : authenticatedName();
        Long actorId = user == null || event.actor() != null ? null : user.id();
        String ip = sourceIp();
        String changes = ChangesJson.write(event.changes());
        String detail = truncate(event.detail(), 1000);
        String detailKey = event.message() == null ? null : event.message().key();
        String detailArgs = event.message() == null ? null : DetailJson.write(event.message().args());
        String entityId = truncate(event.entityId(), 64);
        String hash = AuditHash.of(prevHash, id, at, actor, actorId, ip, event.action().name(), event.entityType(),
                entityId, event.regionCode(), changes, detail, detailKey, detailArgs);
        jdbc.update("""
                insert into audit_entry (id, occurred_at, actor, actor_id, source_ip, action, entity_type, entity_id,
                  region_code, changes, detail, detail_key, detail_args, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, Timestamp.from(at), actor, actorId, ip, event.action().name(), event.entityType(), entityId,
                event.regionCode(), changes, detail, detailKey, detailArgs, prevHash, hash);
        jdbc.update("update audit_chain_head set last_id = ?, last_hash = ? where singleton", id, hash);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecord> history(String entityType, String entityId) {
        return jdbc.query("""
                select * from audit_entry where entity_type = ? and entity_id = ? order by id desc limit 500""",
                RECORD, entityType, entityId);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditRecord> history(String entityType, String entityId, boolean withSignIns, Pageable pageable) {
        Long total = jdbc.queryForObject("""
                select count(*) from audit_entry where entity_type = ? and entity_id = ?
                  and (? or action <> all(?))""", Long.class, entityType, entityId, withSignIns, SIGN_INS);
        List<AuditRecord> rows = jdbc.query("""
                select * from audit_entry where entity_type = ? and entity_id = ? and (? or action <> all(?))
                order by id desc limit ? offset ?""", RECORD, entityType, entityId, withSignIns, SIGN_INS,
                pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    @Override
    @Transactional(readOnly = true)
    public long signIns(String entityType, String entityId) {
        Long count = jdbc.queryForObject("select count(*) from audit_entry where entity_type = ? and entity_id = ? "
                + "and action = any(?)", Long.class, entityType, entityId, SIGN_INS);
        return count == null ? 0 : count;
    }

    /** Someone authenticated but not (yet) a CurrentUser, e.g. between password and second factor. */
    private static String authenticatedName() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof java.security.Principal principal
                ? principal.getName() : null;
    }

    private static String sourceIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("source_ip"), AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("region_code"), ChangesJson.read(rs.getString("changes")),
                rs.getString("detail"), DetailJson.read(rs.getString("detail_key"), rs.getString("detail_args")));
    }
}
