package org.iptalent.programme.web;

import java.util.Locale;
import java.util.Map;

import org.iptalent.programme.round.ProgrammeSelections;
import org.iptalent.registry.TalentProfileSection;
import org.springframework.stereotype.Component;

/** The talent programmes that selected the talent, on the registry's profile page: programme, year and region. */
@Component
class ProgrammeProfileSection implements TalentProfileSection {

    private final ProgrammeSelections selections;

    ProgrammeProfileSection(ProgrammeSelections selections) {
        this.selections = selections;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "programme/profile-section";
    }

    @Override
    public Map<String, Object> model(long talentId, Locale locale) {
        return Map.of("selections", selections.ofTalent(talentId));
    }
}
