package org.iptalent.training.web;

import org.iptalent.training.enrollment.TrainingHistory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A talent's own classes and hours. */
@Controller
class MyTrainingController {

    private final TrainingHistory history;

    MyTrainingController(TrainingHistory history) {
        this.history = history;
    }

    @GetMapping("/my/training")
    String mine(Model model) {
        // the profile section the registry shows administrators, here for the talent themselves
        model.addAttribute("section", java.util.Map.of("training", history.mine()));
        return "training/my-training";
    }
}
