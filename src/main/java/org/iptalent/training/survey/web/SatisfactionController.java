package org.iptalent.training.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.RegionCode;
import org.iptalent.shared.RegionScope;
import org.iptalent.training.survey.QuestionnaireKeeping;
import org.iptalent.training.survey.Satisfaction;
import org.iptalent.training.survey.SatisfactionReport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The training-satisfaction page: the score per province and base for a year against the plan's target of 90, as a
 * table and as a bar chart with the target line (ECharts, drawn by {@code /js/satisfaction-chart.js} from the
 * chart's data in an attribute: the pages allow no inline script).
 */
@Controller
class SatisfactionController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Satisfaction satisfaction;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final QuestionnaireKeeping questionnaires;

    SatisfactionController(Satisfaction satisfaction, ReferenceData reference, MessageSource messages,
            QuestionnaireKeeping questionnaires) {
        this.satisfaction = satisfaction;
        this.reference = reference;
        this.messages = messages;
        this.questionnaires = questionnaires;
    }

    /** What the chart draws: a bar per province (or per base inside one), the target as a line. */
    record Chart(List<String> labels, List<Double> scores, int target, String seriesName, String targetName) {
    }

    @GetMapping("/training/satisfaction")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String region,
            Locale locale, Model model) {
        Integer chosen = null;
        boolean everyYear = "all".equals(year);
        if (!everyYear && year != null && year.matches("\\d{4}")) {
            chosen = Integer.valueOf(year);
        }
        // a malformed region from the address bar is no filter (the API refuses it)
        if (region != null && !RegionCode.isWellFormed(region.trim())) {
            region = null;
        }
        if (chosen == null && !everyYear) {
            // the latest year with surveys unless another is asked for (every year is read only when asked for)
            chosen = satisfaction.years(region).stream().findFirst().orElse(null);
        }
        SatisfactionReport report = satisfaction.report(chosen, region);
        model.addAttribute("report", report);
        model.addAttribute("year", chosen);
        model.addAttribute("region", report.region());
        RegionScope scope = RegionScope.current();
        model.addAttribute("provinces", reference.provinces().stream().filter(p -> p.isMainland()
                && scope.covers(RegionScope.of(p.code()))).toList());
        model.addAttribute("keepsQuestionnaires", questionnaires.keeps());
        model.addAttribute("chart", JSON.writeValueAsString(chart(report, locale)));
        return "training/satisfaction";
    }

    private Chart chart(SatisfactionReport report, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        boolean byBase = report.provinces().size() == 1;
        for (SatisfactionReport.Province province : report.provinces()) {
            if (byBase) {
                for (SatisfactionReport.BaseLine base : province.bases()) {
                    labels.add(base.name());
                    scores.add(base.line().score() == null ? null : base.line().score().doubleValue());
                }
            } else {
                labels.add(reference.regionName(province.code(), locale));
                scores.add(province.line().score() == null ? null : province.line().score().doubleValue());
            }
        }
        return new Chart(labels, scores, report.target(), messages.getMessage("satisfaction.score", null, locale),
                messages.getMessage("satisfaction.target", new Object[] {report.target()}, locale));
    }
}
