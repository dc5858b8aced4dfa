package org.iptalent.platform.web;

import java.util.Comparator;
import java.util.List;

import org.iptalent.platform.DashboardCard;
import org.iptalent.platform.DashboardCards;
import org.iptalent.platform.HomePanel;
import org.iptalent.platform.HomePanels;
import org.iptalent.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: the panels and cards every module offers the signed-in user. */
@Controller
class HomeController {

    private final List<DashboardCards> contributors;
    private final List<HomePanels> panels;
    private final TransactionTemplate readOnly;

    HomeController(List<DashboardCards> contributors, List<HomePanels> panels, PlatformTransactionManager transactions) {
        this.contributors = contributors;
        this.panels = panels;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.require();
        // every module's cards and panels read in one read-only transaction: one connection and one round of
        // BEGIN/COMMIT for the page, not one per card, which under load kept requests waiting for the pool
        readOnly.executeWithoutResult(status -> {
            model.addAttribute("cards", contributors.stream().flatMap(c -> c.cardsFor(user).stream())
                    .sorted(Comparator.comparingInt(DashboardCard::order)).toList());
            model.addAttribute("panels", panels.stream().flatMap(p -> p.panelFor(user).stream())
                    .sorted(Comparator.comparingInt(HomePanel::order)).toList());
            // it only read: ended by a rollback, which also keeps a card's handled refusal (no plan in force, say)
            // from failing the page as an unexpected rollback at commit
            status.setRollbackOnly();
        });
        return "platform/home";
    }
}
