package org.iptalent.platform.web;

import java.util.Comparator;
import java.util.List;

import org.iptalent.platform.DashboardCard;
import org.iptalent.platform.DashboardCards;
import org.iptalent.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home dashboard: the cards every module offers the signed-in user. */
@Controller
class HomeController {

    private final List<DashboardCards> contributors;

    HomeController(List<DashboardCards> contributors) {
        this.contributors = contributors;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.require();
        List<DashboardCard> cards = contributors.stream().flatMap(c -> c.cardsFor(user).stream())
                .sorted(Comparator.comparingInt(DashboardCard::order)).toList();
        model.addAttribute("cards", cards);
        return "platform/home";
    }
}
