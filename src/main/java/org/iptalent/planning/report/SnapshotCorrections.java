package org.iptalent.planning.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.plan.PlanRegions;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national office's corrections of a computed indicator's history: a new row on top of the month's (the
 * snapshots are immutable), with its reason and who made it, audited. The month's value is then the correction's.
 */
@Service
public class SnapshotCorrections {

    public static final String ENTITY = "IndicatorSnapshot";
    private static final int MAX_REASON = 500;
    private static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    private final PlanRecords plans;
    private final SnapshotStore store;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SnapshotCorrections(PlanRecords plans, SnapshotStore store, ReferenceData reference, AuditLog audit,
            JdbcTemplate jdbc, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.reference = reference;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the correction; returns the new row's id. */
    @Transactional
    public long correct(Long planId, String code, Correction correction) {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("planning.correction.nationalOnly");
        }
        Plan plan = plans.getOrCurrent(planId);
        Indicator indicator = plan.find(code).orElseThrow(() -> new RecordNotFoundException(PlanRecords.INDICATOR, code));
        if (indicator.getSourceKind() != Indicator.SourceKind.COMPUTED) {
            throw new BusinessRuleException(null, "planning.correction.reportedIndicator");
        }
        String region = check(correction, indicator);
        IndicatorUnit unit = indicator.getUnit();
        BigDecimal before = unit.fromBase(store.valueOf(indicator.getSourceCode(), region, correction.month()));
        // the history keeps the source's base unit: 86.5 (10,000 persons) is 865,000 persons
        BigDecimal base = correction.value().divide(unit.fromBase(BigDecimal.ONE));
        long id = store.correct(indicator.getSourceCode(), region, correction.month(), base,
                correction.reason().strip(), user.id());
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, id).region(region)
                .message("planning.correction.audit.recorded", indicator.getNameZh(),
                        AuditText.region(region),
                        correction.month().toString(), before == null ? "—" : before.toPlainString(),
                        correction.value().toPlainString(), correction.reason().strip()));
        return id;
    }

    /** Every row of a source's history in a region between two months, newest month first, its latest row first. */
    @Transactional(readOnly = true)
    public List<MonthRow> rows(Indicator indicator, String regionCode, YearMonth from, YearMonth to) {
        if (indicator.getSourceCode() == null) {
            return List.of();
        }
        IndicatorUnit unit = indicator.getUnit();
        List<MonthRow> rows = new ArrayList<>();
        jdbc.query("""
                select id, month, value, kind, reason, taken_at from indicator_snapshot
                where source_code = ? and region_code = ? and month between ? and ?
                order by month desc, id desc""",
                rs -> {
                    YearMonth month = YearMonth.from(rs.getObject(2, LocalDate.class));
                    boolean latest = rows.isEmpty() || !rows.get(rows.size() - 1).month().equals(month);
                    rows.add(new MonthRow(rs.getLong(1), month, unit.fromBase(rs.getBigDecimal(3)), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant(), latest));
                }, indicator.getSourceCode(), regionCode, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)));
        return rows;
    }

    private String check(Correction correction, Indicator indicator) {
        List<Problem> problems = new ArrayList<>();
        String region = correction.regionCode() == null || correction.regionCode().isBlank()
                ? PlanRegions.NATIONAL : correction.regionCode().strip();
        if (!PlanRegions.NATIONAL.equals(region) && reference.division(region).isEmpty()) {
            problems.add(new Problem("regionCode", ReferenceData.UNKNOWN_CODE, List.of(region)));
        }
        YearMonth month = correction.month();
        if (month == null) {
            problems.add(new Problem("month", "planning.correction.monthRequired"));
        } else if (!month.isBefore(YearMonth.now(clock)) || month.isBefore(EARLIEST)) {
            problems.add(new Problem("month", "planning.correction.monthInvalid", List.of(month.toString())));
        } else if (!store.taken(indicator.getSourceCode(), region, month)) {
            // a correction is of a figure taken: a month the job has not taken would have its row written over it
            problems.add(new Problem("month", "planning.correction.notTaken", List.of(month.toString())));
        }
        BigDecimal value = correction.value();
        if (value == null) {
            problems.add(new Problem("value", "planning.correction.valueRequired"));
        } else if (value.signum() < 0 || value.compareTo(SubmissionRules.ceiling(indicator)) > 0) {
            problems.add(new Problem("value", "planning.correction.valueInvalid",
                    List.of(SubmissionRules.ceiling(indicator).toPlainString())));
        }
        String reason = correction.reason();
        if (reason == null || reason.isBlank()) {
            problems.add(new Problem("reason", "planning.correction.reasonRequired"));
        } else if (reason.strip().length() > MAX_REASON) {
            problems.add(new Problem("reason", "planning.correction.reasonTooLong", List.of(MAX_REASON)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return region;
    }
}
