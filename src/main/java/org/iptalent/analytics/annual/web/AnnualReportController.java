package org.iptalent.analytics.annual.web;

import java.util.Locale;
import java.util.stream.IntStream;

import org.iptalent.analytics.annual.AnnualReport;
import org.iptalent.analytics.annual.AnnualReports;
import org.iptalent.analytics.annual.ReportTables;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national administrator's page of the annual statistical reports: choose a year and draft (or draft again),
 * preview a report's tables, download its PDF or workbook, publish it.
 */
@Controller
class AnnualReportController {

    private final AnnualReports reports;
    private final ReportTables tables;
    private final AnnualReportDownloads downloads;

    AnnualReportController(AnnualReports reports, ReportTables tables, AnnualReportDownloads downloads) {
        this.reports = reports;
        this.tables = tables;
        this.downloads = downloads;
    }

    @GetMapping("/analytics/annual-reports")
    String list(Model model) {
        model.addAttribute("reports", reports.all());
        int current = reports.currentYear();
        model.addAttribute("years", IntStream.rangeClosed(0, 9).mapToObj(i -> String.valueOf(current - i)).toList());
        return "analytics/annual-reports";
    }

    @PostMapping("/analytics/annual-reports")
    String draft(@RequestParam(defaultValue = "") String year, RedirectAttributes redirect) {
        try {
            AnnualReport report = reports.draft(year(year));
            redirect.addFlashAttribute("message", "analytics.annual.drafted");
            return "redirect:/analytics/annual-reports/" + report.year();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusals", Refusal.of(e));
            return "redirect:/analytics/annual-reports";
        }
    }

    @GetMapping("/analytics/annual-reports/{year:\\d{4}}")
    String preview(@PathVariable int year, Model model, Locale locale) {
        AnnualReport report = reports.readable(year);
        model.addAttribute("report", report);
        model.addAttribute("tables", tables.tables(report.figures(), locale));
        return "analytics/annual-report";
    }

    /** Publishes the draft the form was shown with: a year drafted again since is refused, its new figures shown. */
    @PostMapping("/analytics/annual-reports/{year:\\d{4}}/publication")
    String publish(@PathVariable int year, @RequestParam(required = false) String version,
            RedirectAttributes redirect) {
        try {
            reports.publish(year, version);
            redirect.addFlashAttribute("message", "analytics.annual.publishedMessage");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusals", Refusal.of(e));
        }
        return "redirect:/analytics/annual-reports/" + year;
    }

    @GetMapping("/analytics/annual-reports/{year:\\d{4}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
        return downloads.pdf(reports.readable(year), locale);
    }

    @GetMapping("/analytics/annual-reports/{year:\\d{4}}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year, Locale locale) {
        return downloads.xlsx(reports.readable(year), locale);
    }

    private static int year(String typed) {
        try {
            return Integer.parseInt(typed.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("year", "analytics.annual.yearFormat");
        }
    }
}
