package org.iptalent.planning.task.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports a user works on: a province's reports to write (every task it is responsible for, every period
 * begun, of the plans still open or of the plan chosen), earliest due first; and the national office's reports
 * waiting for review, oldest first.
 */
@Service
public class ReportBoard {

    /** One report a province owes or has written. */
    public record SlotRow(long taskId, String taskLabel, String titleZh, String titleEn, long planId, long periodId,
            int year, LocalDate dueOn, SlotState state, Long reportId) {

        public String title(boolean english) {
            return english ? titleEn : titleZh;
        }
    }

    /** A submitted report waiting for the national office. */
    public record Waiting(long reportId, long taskId, String taskLabel, String titleZh, String titleEn, long planId,
            int year, LocalDate dueOn, String regionCode, Instant submittedAt, boolean late) {

        public String title(boolean english) {
            return english ? titleEn : titleZh;
        }
    }

    private static final String SLOTS = """
            select t.id, t.kind, t.number, t.title_zh, t.title_en, t.plan_id, p.id, p.year, p.due_on, r.id, r.state
            from plan_task t
            join plan_task_region tr on tr.task_id = t.id and tr.region_code = ?
            join plan pl on pl.id = t.plan_id
            join reporting_period p on p.plan_id = t.plan_id and p.year <= ?
            left join progress_report r on r.task_id = t.id and r.period_id = p.id and r.region_code = tr.region_code
            """;
    private static final String SLOTS_ORDER =
            " order by p.due_on, p.year, case t.kind when 'MAIN_TASK' then 0 else 1 end, t.number";
    private static final String SLOTS_OF_PLAN_IN_FORCE = SLOTS + " where pl.status = 'IN_FORCE'" + SLOTS_ORDER;
    private static final String SLOTS_OF_PLAN = SLOTS + " where pl.id = ?" + SLOTS_ORDER;

    /** Submitted reports in a region (a LIKE pattern), of one plan or, with -1, of every one. */
    private static final String WAITING = """
            from progress_report r join plan_task t on t.id = r.task_id join reporting_period p on p.id = r.period_id
            where r.state = 'SUBMITTED' and r.region_code like ? and (? < 0 or t.plan_id = ?)""";
    private static final String WAITING_COUNT = "select count(*) " + WAITING;
    private static final String WAITING_PAGE = """
            select r.id, t.id, t.kind, t.number, t.title_zh, t.title_en, t.plan_id, p.year, p.due_on, r.region_code,
                   r.submitted_at, r.first_submitted_at
            """ + WAITING + " order by r.submitted_at, r.id limit ? offset ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportBoard(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /**
     * The signed-in province's reports: those still to write (due, draft, returned or overdue) unless
     * {@code everything}, of the plan in force, or of {@code planId} when given (only a plan in force takes reports:
     * a draft's or a closed plan's slots are shown with everything, never as owed).
     */
    @Transactional(readOnly = true)
    public Page<SlotRow> toWrite(Long planId, boolean everything, Pageable pageable) {
        CurrentUser user = CurrentUser.require();
        RegionScope scope = user.scope();
        if (!user.has(Role.PROVINCIAL_ADMIN) || scope.level() != RegionScope.Level.PROVINCE) {
            throw new AccessDeniedException("planning.task.report.provincesOnly");
        }
        LocalDate today = LocalDate.now(clock);
        List<SlotRow> rows = planId == null
                ? jdbc.query(SLOTS_OF_PLAN_IN_FORCE, (rs, n) -> slot(rs, today), scope.regionCode(), today.getYear())
                : jdbc.query(SLOTS_OF_PLAN, (rs, n) -> slot(rs, today), scope.regionCode(), today.getYear(), planId);
        boolean owed = planId == null || jdbc.queryForList("select 1 from plan where id = ? and status = 'IN_FORCE'",
                planId).size() == 1;
        List<SlotRow> shown = everything ? rows
                : rows.stream().filter(r -> owed && r.state().toWrite()).toList();
        int from = (int) Math.min(pageable.getOffset(), shown.size());
        int to = Math.min(from + pageable.getPageSize(), shown.size());
        return new PageImpl<>(shown.subList(from, to), pageable, shown.size());
    }

    /** Reports submitted and not reviewed yet, of one plan or every one, in a region or every one (national). */
    @Transactional(readOnly = true)
    public Page<Waiting> awaitingReview(Long planId, String regionCode, Pageable pageable) {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("planning.task.report.reviewNational");
        }
        String region = regionCode == null || regionCode.isBlank() ? "%" : RegionScope.of(regionCode).likePattern();
        long plan = planId == null ? -1 : planId;
        Long total = jdbc.queryForObject(WAITING_COUNT, Long.class, region, plan, plan);
        List<Waiting> rows = jdbc.query(WAITING_PAGE, (rs, n) -> waiting(rs), region, plan, plan,
                pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    private static SlotRow slot(ResultSet rs, LocalDate today) throws SQLException {
        int year = rs.getInt(8);
        LocalDate due = rs.getObject(9, LocalDate.class);
        String state = rs.getString(11);
        Long report = rs.getObject(10) == null ? null : rs.getLong(10);
        return new SlotRow(rs.getLong(1), label(rs.getString(2), rs.getInt(3)), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getLong(7), year, due,
                SlotState.of(state == null ? null : ProgressReport.State.valueOf(state), year, due, today), report);
    }

    private Waiting waiting(ResultSet rs) throws SQLException {
        LocalDate due = rs.getObject(9, LocalDate.class);
        Instant first = rs.getTimestamp(12).toInstant();
        return new Waiting(rs.getLong(1), rs.getLong(2), label(rs.getString(3), rs.getInt(4)), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getInt(8), due, rs.getString(10), rs.getTimestamp(11).toInstant(),
                LocalDate.ofInstant(first, clock.getZone()).isAfter(due));
    }

    private static String label(String kind, int number) {
        return org.iptalent.planning.task.PlanTask.Kind.valueOf(kind).section() + "(" + number + ")";
    }
}
