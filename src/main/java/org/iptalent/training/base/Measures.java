package org.iptalent.training.base;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every {@link BaseMeasure} the platform has, by code, in their beans' order. */
@Component
public class Measures {

    private final ObjectProvider<BaseMeasure> measures;

    Measures(ObjectProvider<BaseMeasure> measures) {
        this.measures = measures;
    }

    public List<BaseMeasure> all() {
        return measures.orderedStream().toList();
    }

    public Optional<BaseMeasure> find(String code) {
        return code == null ? Optional.empty() : all().stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The label key of each measure by code, for pages. */
    public Map<String, String> labelKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        all().forEach(m -> keys.put(m.code(), m.labelKey()));
        return keys;
    }
}
