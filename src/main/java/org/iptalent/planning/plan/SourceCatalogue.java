package org.iptalent.planning.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.stereotype.Component;

/**
 * The sources an indicator may name: those the modules contribute as beans, and those the platform's later modules
 * will contribute (titles, online learning), which an indicator may name already and which say "no
 * data source yet" until their module is there. Any other code is a mistake.
 */
@Component
public class SourceCatalogue {

    /** Codes of the modules still to come, with the unit each will count in. */
    static final Map<String, IndicatorUnit> EXPECTED = Map.of(
            "title.intermediate-title-holders", IndicatorUnit.PERSONS,
            "learning.excellent-courses", IndicatorUnit.ITEMS);

    private final Map<String, IndicatorSource> sources = new LinkedHashMap<>();

    SourceCatalogue(List<IndicatorSource> contributed) {
        contributed.stream().sorted(java.util.Comparator.comparing(IndicatorSource::code))
                .forEach(source -> sources.put(source.code(), source));
    }

    /** The contributed source of a code; empty for an expected one not there yet. */
    public Optional<IndicatorSource> find(String code) {
        return Optional.ofNullable(code == null ? null : sources.get(code));
    }

    public List<IndicatorSource> all() {
        return List.copyOf(sources.values());
    }

    /** Every code an indicator may name, contributed or expected. */
    public Set<String> codes() {
        Set<String> codes = new java.util.TreeSet<>(sources.keySet());
        codes.addAll(EXPECTED.keySet());
        return codes;
    }

    /** Refuses a computed indicator whose source is unknown or counts something else than its unit shows. */
    public void check(IndicatorSpec spec) {
        if (spec.sourceKind() != Indicator.SourceKind.COMPUTED || spec.sourceCode() == null
                || spec.sourceCode().isBlank()) {
            return; // no source at all: the indicator itself refuses a computed one without
        }
        String code = spec.sourceCode().trim();
        IndicatorUnit counts = find(code).map(IndicatorSource::unit).orElse(EXPECTED.get(code));
        if (counts == null) {
            throw new BusinessRuleException("sourceCode", "planning.indicator.sourceUnknown", spec.sourceCode());
        }
        if (spec.unit() != null && !spec.unit().accepts(counts)) {
            throw new BusinessRuleException("unit", "planning.indicator.unitMismatch", spec.sourceCode());
        }
    }
}
