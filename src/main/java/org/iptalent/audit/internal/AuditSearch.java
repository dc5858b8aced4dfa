package org.iptalent.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditRecord;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The auditor's search: every filter optional, every value a bound parameter, newest first unless asked. */
@Component
public class AuditSearch {

    public record Criteria(String actor, AuditAction action, String entityType, String entityId, Instant from,
            Instant to) {
    }

    private static final String WHERE = """
            where (cast(:actor as varchar) is null or actor = :actor)
              and (cast(:action as varchar) is null or action = :action)
              and (cast(:entityType as varchar) is null or entity_type = :entityType)
              and (cast(:entityId as varchar) is null or entity_id = :entityId)
              and (cast(:from as timestamptz) is null or occurred_at >= :from)
              and (cast(:to as timestamptz) is null or occurred_at < :to)
            """;
    private static final String PAGE = "select * from audit_entry " + WHERE + " order by id %s limit :limit offset :offset";
    private static final String COUNT = "select count(*) from audit_entry " + WHERE;

    private final NamedParameterJdbcTemplate jdbc;

    AuditSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<AuditRecord> find(Criteria criteria, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("actor", blankToNull(criteria.actor()))
                .addValue("action", criteria.action() == null ? null : criteria.action().name())
                .addValue("entityType", blankToNull(criteria.entityType()))
                .addValue("entityId", blankToNull(criteria.entityId()))
                .addValue("from", criteria.from() == null ? null : Timestamp.from(criteria.from()))
                .addValue("to", criteria.to() == null ? null : Timestamp.from(criteria.to()))
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        // entries are numbered in the order they occurred: oldest first only when asked, by its one sort field
        Sort.Order order = pageable.getSort().getOrderFor("occurredAt");
        String direction = order != null && order.isAscending() ? "asc" : "desc";
        List<AuditRecord> rows = jdbc.query(PAGE.formatted(direction), params, JdbcAuditLog.RECORD);
        Long total = jdbc.queryForObject(COUNT, params, Long.class);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
