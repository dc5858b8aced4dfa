package org.iptalent.platform.web;

import java.util.Comparator;
import java.util.List;

import org.iptalent.platform.DashboardCard;
import org.iptalent.platform.DashboardCards;
import org.iptalent.platform.HomePanel;
import org.iptalent.platform.HomePanels;
import org.iptalent.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: the panels and cards every module offers the signed-in user. */
@Controller
class HomeController {

    private final List<DashboardCards> contributors;
    private final List<HomePanels> panels;

    HomeController(List<DashboardCards> contributors, List<HomePanels> panels) {
        this.contributors = contributors;
        this.panels = panels;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.require();
        List<DashboardCard> cards = contributors.stream().flatMap(c -> c.cardsFor(user).stream())
                .sorted(Comparator.comparingInt(DashboardCard::order)).toList();
        model.addAttribute("cards", cards);
        model.addAttribute("panels", panels.stream().flatMap(p -> p.panelFor(user).stream())
                .sorted(Comparator.comparingInt(HomePanel::order)).toList());
        return "platform/home";
    }
}
