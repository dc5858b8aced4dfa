package org.iptalent.demand.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.iptalent.demand.DemandHorizon;
import org.iptalent.demand.report.DemandFilter;
import org.iptalent.demand.report.DemandInput;
import org.iptalent.demand.report.DemandReportView;
import org.iptalent.demand.report.DemandReports;
import org.iptalent.demand.report.DemandRules;
import org.iptalent.demand.report.EmployerAccounts;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The demand pages: the list of needs (an employer's own, an administration's region's) with filters and the one
 * pager, and the form to report one. The service checks the region, the codes and the round.
 */
@Controller
class DemandController {

    static final int PAGE_SIZE = 20;
    static final String LABELS = "demand.field.";

    private final DemandReports reports;
    private final EmployerAccounts employers;
    private final OrganisationRecords organisations;
    private final ReferenceData reference;

    DemandController(DemandReports reports, EmployerAccounts employers, OrganisationRecords organisations,
            ReferenceData reference) {
        this.reports = reports;
        this.employers = employers;
        this.organisations = organisations;
        this.reference = reference;
    }

    /** Whether the signed-in user reports as an employer (no administration's region). */
    static boolean employer() {
        CurrentUser user = CurrentUser.require();
        return user.scope().isNothing() && user.has(Role.EMPLOYER);
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("horizons", DemandHorizon.values());
        model.addAttribute("teams", reference.terms(TaxonomyKind.TEAM));
        model.addAttribute("employerUser", employer());
    }

    @GetMapping("/demand")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String horizon,
            @RequestParam(required = false) String region, @RequestParam(required = false) String team,
            @RequestParam(required = false) String industry, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DemandFilter filter = new DemandFilter(year, horizon, region, team, industry);
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW,
                DemandReports.SORT.parse(List.of()));
        Page<DemandReportView> rows = PageRequests.withinResults(request, r -> reports.list(filter, r));
        model.addAttribute("page", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("regions", regions());
        model.addAttribute("industries", reference.industryTree());
        if (employer()) {
            model.addAttribute("employer", employers.current());
        }
        return "demand/reports";
    }

    @GetMapping("/demand/new")
    String form(Model model) {
        return form(model, new DemandInput(null, java.time.Year.now().getValue(), DemandHorizon.NOW.name(), null,
                null, null, null, null, null, null), null, List.of());
    }

    @PostMapping("/demand")
    String report(@RequestParam(required = false) String creditCode, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String horizon, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String industryCode, @RequestParam(required = false) String category,
            @RequestParam(required = false) String qualification, @RequestParam(required = false) String education,
            @RequestParam(required = false) String count, Model model, RedirectAttributes redirect) {
        String team = category == null ? null : reference.term(TaxonomyKind.CATEGORY, category)
                .map(t -> t.parentCode()).orElse(null);
        Long organisationId = null;
        if (!employer() && creditCode != null && !creditCode.isBlank()) {
            organisationId = organisations.withCreditCode(creditCode.trim().toUpperCase(Locale.ROOT))
                    .map(o -> o.getId()).orElse(-1L);
        }
        DemandInput input = new DemandInput(organisationId, year, horizon, regionCode, industryCode, team, category,
                qualification, education, number(count));
        try {
            if (count != null && !count.isBlank() && input.count() == null) {
                throw new BusinessRuleException("count", "demand.import.notWhole", count);
            }
            if (!employer() && (creditCode == null || creditCode.isBlank())) {
                throw new BusinessRuleException("organisationId", "field.required");
            }
            reports.report(input);
            redirect.addFlashAttribute("message", "demand.reported");
            return "redirect:/demand";
        } catch (BusinessRuleException e) {
            return form(model, input, creditCode, Refusal.of(e, LABELS));
        }
    }

    private String form(Model model, DemandInput input, String creditCode, List<Refusal> refusals) {
        model.addAttribute("input", input);
        model.addAttribute("creditCode", creditCode);
        model.addAttribute("refusals", refusals);
        model.addAttribute("regions", regions());
        model.addAttribute("industries", reference.industryTree());
        model.addAttribute("categories", reference.terms(TaxonomyKind.CATEGORY));
        model.addAttribute("qualifications", reference.terms(TaxonomyKind.QUALIFICATION_TYPE));
        model.addAttribute("educations", reference.terms(TaxonomyKind.EDUCATION));
        model.addAttribute("maxCount", DemandRules.MAX_COUNT);
        if (employer()) {
            model.addAttribute("employer", employers.current());
        }
        return "demand/form";
    }

    /** The places a user may name: the provinces of its region and their cities (an employer's: its province's). */
    private List<Division> regions() {
        RegionScope scope = employer()
                ? RegionScope.of(employers.current().regionCode().substring(0, 2) + "0000")
                : CurrentUser.require().scope();
        List<Division> regions = new ArrayList<>();
        for (Division province : reference.provinces()) {
            if (scope.includes(province.code())) {
                regions.add(province);
            }
            for (Division city : reference.citiesOf(province.code())) {
                if (scope.includes(city.code())) {
                    regions.add(city);
                }
            }
        }
        return regions;
    }

    private static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
