package org.iptalent.analytics.annual.web;

import java.util.Locale;

import org.iptalent.analytics.annual.AnnualReport;
import org.iptalent.analytics.annual.AnnualReports;
import org.iptalent.platform.disclosure.SmallCounts;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public list of the published annual reports and their downloads, without signing in; a draft is not found. */
@Controller
class PublicReportController {

    private final AnnualReports reports;
    private final AnnualReportDownloads downloads;

    PublicReportController(AnnualReports reports, AnnualReportDownloads downloads) {
        this.reports = reports;
        this.downloads = downloads;
    }

    @GetMapping("/reports")
    String list(Model model) {
        model.addAttribute("reports", reports.published());
        model.addAttribute("threshold", String.valueOf(SmallCounts.THRESHOLD));
        return "analytics/annual-reports-public";
    }

    @GetMapping("/reports/{year:\\d{4}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale) {
        return downloads.pdf(published(year), locale);
    }

    @GetMapping("/reports/{year:\\d{4}}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year, Locale locale) {
        return downloads.xlsx(published(year), locale);
    }

    /** Only a published report, whoever asks (a signed-in national administrator reads drafts on their own page). */
    private AnnualReport published(int year) {
        return reports.published().stream().filter(r -> r.year() == year).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(AnnualReports.ENTITY, year));
    }
}
