package org.iptalent.expert.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.category.ExpertCategory;
import org.iptalent.expert.search.ExpertCriteria;
import org.iptalent.expert.search.ExpertHits;
import org.iptalent.expert.search.ExpertHits.Facet;
import org.iptalent.expert.search.ExpertSearch;
import org.iptalent.platform.web.FacetGroup;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The expert pool's list: Chinese full-text search, facet filters with counts, and a card per expert. */
@Controller
class ExpertListController {

    private static final int PAGE_SIZE = 20;

    private final ExpertSearch search;
    private final ExpertCategories categories;
    private final ReferenceData reference;
    private final MessageSource messages;

    ExpertListController(ExpertSearch search, ExpertCategories categories, ReferenceData reference,
            MessageSource messages) {
        this.search = search;
        this.categories = categories;
        this.reference = reference;
        this.messages = messages;
    }

    /** A filter in force, with the link that removes it. */
    public record Chip(String label, String href) {
    }

    @GetMapping("/experts")
    String list(@ModelAttribute("criteria") ExpertCriteria criteria, BindingResult form,
            @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        ExpertHits hits;
        try {
            // a page typed beyond the hits the index pages to shows the last reachable one
            hits = search.search(criteria, PageRequests.clampedPage(page, PAGE_SIZE, PageRequests.SEARCH_WINDOW),
                    PAGE_SIZE);
            if (hits.rows().isEmpty() && hits.totalPages() > 0 && hits.page() >= hits.totalPages()) {
                hits = search.search(criteria, (int) hits.totalPages() - 1, PAGE_SIZE);
            }
        } catch (BusinessRuleException e) {
            // a text too long, a mistyped filter or sort: said on the search form, over an empty result
            FormRefusals.bind(form, e);
            hits = new ExpertHits(List.of(), 0, 0, PAGE_SIZE, Map.of());
        }
        Map<String, String> params = params(criteria);
        Labels labels = new Labels(locale);
        List<FacetGroup> facets = new ArrayList<>();
        hits.facets().forEach((facet, counts) -> {
            List<FacetGroup.Row> rows = new ArrayList<>();
            for (var count : counts) {
                boolean active = count.code().equalsIgnoreCase(params.getOrDefault(facet.parameter(), ""));
                rows.add(new FacetGroup.Row(labels.of(facet, count.code()), count.count(),
                        active ? link(params, facet.parameter(), null) : link(params, facet.parameter(), count.code()),
                        active));
            }
            facets.add(new FacetGroup(facet.parameter(), "expert.search.facet." + facet.name(), rows));
        });
        List<Chip> chips = new ArrayList<>();
        params.forEach((key, value) -> {
            if (!key.equals("q") && !key.equals("sort")) {
                chips.add(new Chip(labels.ofParameter(key, value), link(params, key, null)));
            }
        });
        int lastPage = (int) (PageRequests.SEARCH_WINDOW / PAGE_SIZE) - 1;
        model.addAttribute("hits", hits);
        model.addAttribute("facets", facets);
        model.addAttribute("chips", chips);
        model.addAttribute("labels", labels);
        model.addAttribute("filters", params.entrySet().stream().filter(e -> !e.getKey().equals("q")
                && !e.getKey().equals("sort")).toList());
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("reachablePages", Math.min(hits.totalPages(), lastPage + 1));
        return "expert/list";
    }

    /** The search's parameters as given (blank ones left out), in a stable order. */
    private static Map<String, String> params(ExpertCriteria c) {
        Map<String, String> params = new LinkedHashMap<>();
        String[][] pairs = {{"q", c.q()}, {"category", c.category()}, {"ipcSection", c.ipcSection()},
            {"ipcClass", c.ipcClass()}, {"duty", c.duty()}, {"region", c.region()}, {"status", c.status()},
            {"sort", c.sort()}};
        for (String[] pair : pairs) {
            if (pair[1] != null && !pair[1].isBlank()) {
                params.put(pair[0], pair[1].trim());
            }
        }
        return params;
    }

    /** The same search with one parameter set (or removed when {@code value} is null), from its first page. */
    private static String link(Map<String, String> params, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(params);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/experts");
        copy.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }

    /** The words of the codes the page shows, in the reader's language. */
    public final class Labels {
        private final Locale locale;
        private final Map<String, String> categoryNames = new LinkedHashMap<>();

        Labels(Locale locale) {
            this.locale = locale;
            for (ExpertCategory category : categories.all()) {
                categoryNames.put(category.code(), category.name(locale));
            }
        }

        String of(Facet facet, String code) {
            return switch (facet) {
                case CATEGORY -> category(code);
                case DUTY -> message("expert.duty." + code, code);
                case STATUS -> message("expert.status." + code, code);
                case PROVINCE -> region(code);
                case IPC_SECTION, IPC_CLASS -> code;
            };
        }

        String ofParameter(String parameter, String value) {
            for (Facet facet : Facet.values()) {
                if (facet.parameter().equals(parameter)) {
                    return message("expert.search.facet." + facet.name(), facet.name()) + ": "
                            + of(facet, value.toUpperCase(Locale.ROOT));
                }
            }
            return value;
        }

        public String category(String code) {
            return categoryNames.getOrDefault(code, code);
        }

        public String region(String code) {
            return reference.regionName(code, locale);
        }

        private String message(String key, String fallback) {
            return messages.getMessage(key, null, fallback, locale);
        }
    }
}
