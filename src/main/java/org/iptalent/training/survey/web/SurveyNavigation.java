package org.iptalent.training.survey.web;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.platform.Navigation;
import org.iptalent.platform.NavigationLinks;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.iptalent.training.survey.Satisfaction;
import org.springframework.stereotype.Component;

/** The evaluation of training for those who read it (administrators, bases' managers), a talent's surveys. */
@Component
class SurveyNavigation implements NavigationLinks {

    @Override
    public List<Navigation> linksFor(CurrentUser user) {
        List<Navigation> links = new ArrayList<>();
        if (Satisfaction.reads(user)) {
            // one link: the satisfaction page leads on to the effect report and, for the national administrator,
            // to the questionnaires
            links.add(new Navigation(45, "nav.evaluation", "/training/satisfaction", "clipboard-data").inGroup("training"));
        }
        if (user.has(Role.TALENT)) {
            links.add(new Navigation(43, "nav.surveys", "/surveys", "chat-square-text").inGroup("training"));
        }
        return links;
    }
}
