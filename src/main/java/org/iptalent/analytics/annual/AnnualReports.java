package org.iptalent.analytics.annual;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national office's annual statistical reports: drafting a year computes its figures and freezes them in the
 * report's row (drafting again before publication recomputes them), publishing makes the report public and
 * immutable. Who may read a report: anyone once published, the national administrators while drafted. Every change
 * audited.
 */
@Service
public class AnnualReports {

    public static final String ENTITY = "AnnualReport";
    static final int FIRST_YEAR = 2000;

    private final JdbcTemplate jdbc;
    private final YearFigures figures;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    AnnualReports(JdbcTemplate jdbc, YearFigures figures, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.audit = audit;
        this.clock = clock;
    }

    /** Drafts a year's report, or drafts it again while unpublished: its figures computed now and frozen. */
    @Transactional
    public AnnualReport draft(int year) {
        CurrentUser user = nationalAdministrator();
        checkYear(year);
        Optional<AnnualReport> existing = find(year);
        if (existing.isPresent() && existing.get().published()) {
            throw new ConflictException("analytics.annual.alreadyPublished", String.valueOf(year));
        }
        AnnualFigures computed = figures.compute(year);
        Timestamp now = Timestamp.from(Instant.now(clock));
        // a publication between the check above and this statement leaves the published row as it is
        int written = jdbc.update("""
                insert into annual_report (year, status, figures, drafted_at, drafted_by) values (?, 'DRAFT', ?::jsonb, ?, ?)
                on conflict (year) do update set figures = excluded.figures, drafted_at = excluded.drafted_at,
                  drafted_by = excluded.drafted_by, version = annual_report.version + 1
                where annual_report.status = 'DRAFT'""", year,
                json.writeValueAsString(computed), now, user.id());
        if (written == 0) {
            throw new ConflictException("analytics.annual.alreadyPublished", String.valueOf(year));
        }
        audit.record(AuditEvent.of(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, ENTITY, year)
                .message(existing.isPresent() ? "analytics.annual.audit.redrafted" : "analytics.annual.audit.drafted",
                        String.valueOf(year), computed.month()));
        return find(year).orElseThrow();
    }

    /**
     * Publishes a drafted report: from now on anyone may read it and nothing changes it. {@code reviewed} is the
     * draft's version its administrator read (given as typed, from a form or a request); a year drafted again since
     * is refused (409), so nobody publishes figures they have not seen.
     */
    @Transactional
    public AnnualReport publish(int year, String reviewed) {
        CurrentUser user = nationalAdministrator();
        AnnualReport report = find(year).orElseThrow(() -> new RecordNotFoundException(ENTITY, year));
        if (report.published()) {
            throw new ConflictException("analytics.annual.alreadyPublished", String.valueOf(year));
        }
        if (year >= currentYear()) {
            // a year's report is published once the year is over: its figures can never be corrected afterwards
            throw new BusinessRuleException("year", "analytics.annual.yearNotOver", String.valueOf(year));
        }
        int version = version(reviewed);
        if (version != report.version()) {
            throw redrafted(year, version, report.version());
        }
        // a drafting or publication since the read above changes nothing here and is told apart below
        int written = jdbc.update("""
                update annual_report set status = 'PUBLISHED', published_at = ?, published_by = ?
                where year = ? and status = 'DRAFT' and version = ?""", Timestamp.from(Instant.now(clock)), user.id(),
                year, version);
        if (written == 0) {
            AnnualReport now = find(year).orElseThrow();
            throw now.published() ? new ConflictException("analytics.annual.alreadyPublished", String.valueOf(year))
                    : redrafted(year, version, now.version());
        }
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, year)
                .message("analytics.annual.audit.publishedDraft", String.valueOf(year), String.valueOf(version)));
        return find(year).orElseThrow();
    }

    private static ConflictException redrafted(int year, int reviewed, int current) {
        return new ConflictException("analytics.annual.redrafted", String.valueOf(year), String.valueOf(reviewed),
                String.valueOf(current));
    }

    /** The reviewed draft's version as typed: a whole number from 1, or a refusal in words. */
    private static int version(String typed) {
        try {
            int version = Integer.parseInt(typed == null ? "" : typed.trim());
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BusinessRuleException("version", "analytics.annual.versionRequired");
    }

    /**
     * A report the current user may read: a published one for anyone (no account needed), a draft for the national
     * administrators only; anything else is not found.
     */
    public AnnualReport readable(int year) {
        return find(year).filter(r -> r.published() || CurrentUser.find().map(u -> u.has(Role.NATIONAL_ADMIN))
                .orElse(false)).orElseThrow(() -> new RecordNotFoundException(ENTITY, year));
    }

    /** Every report, latest year first: the national administrators' list. */
    public List<AnnualReport> all() {
        nationalAdministrator();
        return jdbc.query("select * from annual_report order by year desc", (rs, n) -> report(rs));
    }

    /** The published reports, latest year first: the public list. */
    public List<AnnualReport> published() {
        return jdbc.query("select * from annual_report where status = 'PUBLISHED' order by year desc",
                (rs, n) -> report(rs));
    }

    /** The years a report may be drafted for: from the first one the platform could hold to this year. */
    public int currentYear() {
        return Year.now(clock).getValue();
    }

    Optional<AnnualReport> find(int year) {
        return jdbc.query("select * from annual_report where year = ?", (rs, n) -> report(rs), year).stream()
                .findFirst();
    }

    private void checkYear(int year) {
        if (year < FIRST_YEAR || year > currentYear()) {
            throw new BusinessRuleException("year", "analytics.annual.yearRange", String.valueOf(FIRST_YEAR),
                    String.valueOf(currentYear()));
        }
    }

    private static CurrentUser nationalAdministrator() {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("analytics.annual.nationalOnly");
        }
        return user;
    }

    private AnnualReport report(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        long publishedBy = rs.getLong("published_by");
        return new AnnualReport(rs.getInt("year"), AnnualReport.Status.valueOf(rs.getString("status")),
                json.readValue(rs.getString("figures"), AnnualFigures.class), rs.getInt("version"),
                rs.getTimestamp("drafted_at").toInstant(), rs.getLong("drafted_by"),
                published == null ? null : published.toInstant(), rs.wasNull() ? null : publishedBy);
    }
}
