package org.iptalent.registry.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.iptalent.reference.Division;
import org.iptalent.reference.Industry;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.springframework.stereotype.Component;

/**
 * Reads the coded columns of a spreadsheet, which accept the code or the name (Chinese or English): {@code 男} or
 * {@code MALE}, {@code 杭州市} or {@code 330100}, {@code 专利代理师} or {@code APP_PATENT_AGENT}. An
 * unknown value is returned as it was, for the validator to report.
 */
@Component
class ImportCodes {

    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；/|]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<TaxonomyKind, Map<String, String>> terms = new HashMap<>();
    private final Map<TaxonomyKind, Set<String>> codesOf = new HashMap<>();
    private final Map<String, String> regions = new HashMap<>();
    private final Map<String, String> industries = new HashMap<>();

    ImportCodes(ReferenceData reference) {
        for (TaxonomyKind kind : TaxonomyKind.values()) {
            Map<String, String> byName = new HashMap<>();
            for (Term term : reference.terms(kind)) {
                byName.put(term.code().toUpperCase(Locale.ROOT), term.code());
                byName.put(term.nameZh(), term.code());
                // an export in English names terms in English: it imports again
                byName.putIfAbsent(term.nameEn().toUpperCase(Locale.ROOT), term.code());
            }
            terms.put(kind, byName);
            codesOf.put(kind, Set.copyOf(byName.values()));
        }
        Set<String> ambiguous = new HashSet<>();
        for (Division province : reference.provinces()) {
            List<Division> all = new ArrayList<>(reference.citiesOf(province.code()));
            all.add(province);
            for (Division d : all) {
                regions.put(d.code(), d.code());
                for (String name : List.of(d.nameZh(), d.shortNameZh(), province.nameZh() + d.nameZh(),
                        province.shortNameZh() + d.nameZh())) {
                    if (regions.containsKey(name) && !regions.get(name).equals(d.code())) {
                        ambiguous.add(name);
                    }
                    regions.put(name, d.code());
                }
            }
        }
        ambiguous.forEach(regions::remove);
        for (Industry industry : reference.industries()) {
            if (!industry.isSection()) {
                industries.put(industry.code(), industry.code());
                industries.put(industry.nameZh(), industry.code());
            }
        }
    }

    String term(TaxonomyKind kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        return terms.get(kind).getOrDefault(v, terms.get(kind).getOrDefault(v.toUpperCase(Locale.ROOT), v));
    }

    boolean isTerm(TaxonomyKind kind, String code) {
        return codesOf.get(kind).contains(code);
    }

    List<String> terms(TaxonomyKind kind, String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : SEPARATORS.split(value.trim())) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            // a name of several words (English ones) is one term; otherwise spaces separate terms too
            String code = term(kind, trimmed);
            if (isTerm(kind, code)) {
                codes.add(code);
                continue;
            }
            for (String word : SPACES.split(trimmed)) {
                if (!word.isEmpty()) {
                    codes.add(term(kind, word));
                }
            }
        }
        return codes;
    }

    String gender(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "男", "MALE", "M" -> "MALE";
            case "女", "FEMALE", "F" -> "FEMALE";
            default -> value.trim();
        };
    }

    String region(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        // a county code (e.g. 330106) is accepted as its prefecture
        if (v.matches("\\d{6}") && !regions.containsKey(v) && regions.containsKey(v.substring(0, 4) + "00")) {
            return v.substring(0, 4) + "00";
        }
        return regions.getOrDefault(v, v);
    }

    String industry(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.matches("\\d")) {
            v = "0" + v;
        }
        return industries.getOrDefault(v, v);
    }
}
