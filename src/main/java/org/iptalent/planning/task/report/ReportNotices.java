package org.iptalent.planning.task.report;

import java.util.List;

import org.iptalent.identity.RoleHolders;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.planning.task.PlanTask;
import org.iptalent.planning.task.ReportingPeriod;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** What a province's administrators hear of their region's reports: a review's outcome, in the review's transaction. */
@Component
class ReportNotices {

    static final String TOPIC = "planningTask";

    private final RoleHolders holders;
    private final Notifications notifications;

    ReportNotices(RoleHolders holders, Notifications notifications) {
        this.holders = holders;
        this.notifications = notifications;
    }

    void reviewed(ProgressReport report, PlanTask task, ReportingPeriod period) {
        String key = report.getState() == ProgressReport.State.ACCEPTED ? "planning.task.notice.accepted"
                : "planning.task.notice.returned";
        List<Notice> notices = holders.holders(Role.PROVINCIAL_ADMIN, List.of(report.getRegionCode()))
                .getOrDefault(report.getRegionCode(), List.of()).stream()
                .map(user -> Notice.of(user, TOPIC, key, task.label(), String.valueOf(period.getYear()))
                        .linkedTo("/plans/progress-reports/" + report.getId()).byEmail())
                .toList();
        if (!notices.isEmpty()) {
            notifications.sendAll(notices);
        }
    }
}
