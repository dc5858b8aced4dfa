package org.iptalent.planning.task.web;

import java.util.List;

import org.iptalent.planning.task.report.ReportBoard;
import org.iptalent.platform.DashboardCard;
import org.iptalent.platform.DashboardCards;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The home page's progress-report card: for a province's administrator the reports it still has to write, for the
 * national administrator the reports waiting for review; both lead to the list.
 */
@Component
class TaskReportCards implements DashboardCards {

    private final ReportBoard board;

    TaskReportCards(ReportBoard board) {
        this.board = board;
    }

    @Override
    public List<DashboardCard> cardsFor(CurrentUser user) {
        if (user.has(Role.NATIONAL_ADMIN)) {
            long waiting = board.awaitingReview(null, null, PageRequest.of(0, 1)).getTotalElements();
            return List.of(new DashboardCard(18, "planning.task.card.review", String.format("%,d", waiting),
                    "planning.task.card.reviewNote", List.of(), "/plans/progress-reports", "journal-check"));
        }
        if (TaskController.ownProvince(user) != null) {
            long owed = board.toWrite(null, false, PageRequest.of(0, 1)).getTotalElements();
            return List.of(new DashboardCard(18, "planning.task.card.mine", String.format("%,d", owed),
                    "planning.task.card.mineNote", List.of(), "/plans/progress-reports", "journal-text"));
        }
        return List.of();
    }
}
