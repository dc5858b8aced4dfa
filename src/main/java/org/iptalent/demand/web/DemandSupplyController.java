package org.iptalent.demand.web;

import org.iptalent.demand.supply.SupplyStatistics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The employer's page of anonymous supply statistics for its region and industry. */
@Controller
class DemandSupplyController {

    private final SupplyStatistics statistics;

    DemandSupplyController(SupplyStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/demand/supply")
    String supply(Model model) {
        model.addAttribute("supply", statistics.forEmployer());
        return "demand/supply";
    }
}
