package org.iptalent.planning.task.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.iptalent.planning.task.PlanTask;
import org.iptalent.planning.task.ReportingPeriod;
import org.iptalent.planning.task.ReportingPeriods;
import org.iptalent.planning.task.PlanTasks;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A task's reports as a matrix of its responsible regions by the plan's periods, each cell where that report stands
 * ({@link SlotState}), with how many cells stand where: the national administrator sees every region, a province its
 * own row. Filtered by region, and by a state (the rows with a cell in it).
 */
@Service
public class ReportMatrix {

    public record Cell(long periodId, int year, SlotState state, Long reportId) {
    }

    public record Row(String regionCode, List<Cell> cells) {

        public boolean has(SlotState state) {
            return cells.stream().anyMatch(c -> c.state() == state);
        }
    }

    /** The rows shown, and the counts over every row the user may see (before the filters). */
    public record Matrix(List<ReportingPeriod> periods, List<Row> rows, Map<SlotState, Integer> counts,
            List<String> regions) {
    }

    private record Report(long id, long periodId, String regionCode, ProgressReport.State state) {
    }

    private final PlanTasks tasks;
    private final ReportingPeriods periods;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportMatrix(PlanTasks tasks, ReportingPeriods periods, DataSource dataSource, Clock clock) {
        this.tasks = tasks;
        this.periods = periods;
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Matrix of(long taskId, String regionFilter, SlotState stateFilter) {
        RegionScope scope = CurrentUser.require().scope();
        if (scope.isNothing()) {
            throw new AccessDeniedException("problem.forbidden");
        }
        PlanTask task = tasks.findById(taskId).orElseThrow(() -> new RecordNotFoundException("PlanTask", taskId));
        List<ReportingPeriod> planPeriods = periods.ofPlan(task.getPlanId());
        Map<String, Report> reports = new HashMap<>();
        jdbc.query("""
                select id, period_id, region_code, state from progress_report
                where task_id = ? and region_code like ?""", rs -> {
            Report report = new Report(rs.getLong(1), rs.getLong(2), rs.getString(3),
                    ProgressReport.State.valueOf(rs.getString(4)));
            reports.put(report.periodId() + ":" + report.regionCode(), report);
        }, taskId, scope.likePattern());
        LocalDate today = LocalDate.now(clock);
        Map<SlotState, Integer> counts = new EnumMap<>(SlotState.class);
        List<Row> rows = new ArrayList<>();
        List<String> regions = task.getRegions().stream().filter(scope::includes).toList();
        for (String region : regions) {
            List<Cell> cells = new ArrayList<>();
            for (ReportingPeriod period : planPeriods) {
                Report report = reports.get(period.getId() + ":" + region);
                SlotState state = SlotState.of(report == null ? null : report.state(), period, today);
                counts.merge(state, 1, Integer::sum);
                cells.add(new Cell(period.getId(), period.getYear(), state, report == null ? null : report.id()));
            }
            Row row = new Row(region, cells);
            boolean regionMatches = regionFilter == null || regionFilter.isBlank() || regionFilter.equals(region);
            if (regionMatches && (stateFilter == null || row.has(stateFilter))) {
                rows.add(row);
            }
        }
        return new Matrix(planPeriods, rows, counts, regions);
    }
}
