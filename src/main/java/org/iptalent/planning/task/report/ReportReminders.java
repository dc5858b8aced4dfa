package org.iptalent.planning.task.report;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.iptalent.identity.RoleHolders;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds provinces of the reports they owe: once a day, for every open plan's period whose due date is at most
 * {@value #DAYS_BEFORE} days away, and again once it has passed, each province with reports not submitted yet gets
 * one notice per period (how many tasks, the year, the due date) to each of its provincial administrators. The slots
 * reminded are recorded, so later runs skip them; the notice's once-only key makes a repeated run, or a second node,
 * send nothing twice. A region with no administrator yet is looked at again on the next run.
 */
@Component
public class ReportReminders {

    static final int DAYS_BEFORE = 14;
    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

    /** A slot not reminded of yet: a task, a period and a region, with the kind of reminder it is due. */
    private record Pending(long taskId, long periodId, String regionCode, int year, LocalDate dueOn, String kind) {
    }

    private final JdbcTemplate jdbc;
    private final RoleHolders holders;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReportReminders(DataSource dataSource, RoleHolders holders, Notifications notifications,
            PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.holders = holders;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${iptalent.planning.tasks.reminders-cron:0 40 7 * * *}")
    @SchedulerLock(name = "planning-task-reminders", lockAtMostFor = "PT30M")
    public void scheduledRun() {
        int sent = run();
        if (sent > 0) {
            log.info("Progress report reminders: {} sent", sent);
        }
    }

    /** Sends today's reminders in one transaction; returns how many notices were recorded. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        Integer sent = transactions.execute(status -> remind(today));
        return sent == null ? 0 : sent;
    }

    private int remind(LocalDate today) {
        List<Pending> pending = jdbc.query("""
                select s.task_id, s.period_id, s.region_code, s.year, s.due_on, s.kind
                from (select t.id as task_id, p.id as period_id, tr.region_code, p.year, p.due_on,
                             case when p.due_on < ? then 'OVERDUE' else 'DUE' end as kind
                      from plan_task t
                      join plan pl on pl.id = t.plan_id and pl.status = 'IN_FORCE'
                      join plan_task_region tr on tr.task_id = t.id
                      join reporting_period p on p.plan_id = t.plan_id and p.due_on - ? <= ?
                      left join progress_report r
                             on r.task_id = t.id and r.period_id = p.id and r.region_code = tr.region_code
                      where r.id is null or r.state = 'DRAFT') s
                where not exists (select 1 from progress_reminder m where m.task_id = s.task_id
                                  and m.period_id = s.period_id and m.region_code = s.region_code and m.kind = s.kind)
                order by s.period_id, s.region_code, s.task_id""", (rs, n) -> new Pending(rs.getLong(1),
                rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getString(6)),
                Date.valueOf(today), DAYS_BEFORE, Date.valueOf(today));
        if (pending.isEmpty()) {
            return 0;
        }
        Map<String, List<Long>> admins = holders.holders(Role.PROVINCIAL_ADMIN,
                pending.stream().map(Pending::regionCode).distinct().toList());
        Map<String, List<Pending>> groups = new LinkedHashMap<>();
        for (Pending slot : pending) {
            if (admins.containsKey(slot.regionCode())) {
                groups.computeIfAbsent(slot.periodId() + "-" + slot.regionCode() + "-" + slot.kind(),
                        k -> new ArrayList<>()).add(slot);
            }
        }
        List<Notice> notices = new ArrayList<>();
        List<Object[]> reminded = new ArrayList<>();
        for (Map.Entry<String, List<Pending>> group : groups.entrySet()) {
            Pending first = group.getValue().get(0);
            String key = "OVERDUE".equals(first.kind()) ? "planning.task.notice.overdue" : "planning.task.notice.due";
            for (long user : admins.get(first.regionCode())) {
                notices.add(Notice.of(user, ReportNotices.TOPIC, key, group.getValue().size(),
                        String.valueOf(first.year()),
                        first.dueOn()).linkedTo("/plans/progress-reports").byEmail()
                        .once("planning-task-" + group.getKey()));
            }
            group.getValue().forEach(slot -> reminded.add(new Object[] {slot.taskId(), slot.periodId(),
                slot.regionCode(), slot.kind()}));
        }
        jdbc.batchUpdate("""
                insert into progress_reminder (task_id, period_id, region_code, kind, sent_at) values (?, ?, ?, ?, now())
                on conflict do nothing""", reminded);
        return notices.isEmpty() ? 0 : notifications.sendAll(notices);
    }
}
