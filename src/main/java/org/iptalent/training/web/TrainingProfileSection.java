package org.iptalent.training.web;

import java.util.Locale;
import java.util.Map;

import org.iptalent.registry.TalentProfileSection;
import org.iptalent.training.enrollment.TrainingHistory;
import org.springframework.stereotype.Component;

/** The talent's classes and yearly hours on the registry's profile page. */
@Component
class TrainingProfileSection implements TalentProfileSection {

    private final TrainingHistory history;

    TrainingProfileSection(TrainingHistory history) {
        this.history = history;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "training/profile-section";
    }

    @Override
    public Map<String, Object> model(long talentId, Locale locale) {
        return Map.of("training", history.of(talentId));
    }
}
