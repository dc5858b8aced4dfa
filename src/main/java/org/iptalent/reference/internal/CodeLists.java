package org.iptalent.reference.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iptalent.reference.Division;
import org.iptalent.reference.Industry;
import org.iptalent.reference.IpcClass;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * The code lists in memory. They are loaded into the database first ({@link ReferenceDataLoader})
 * so that other tables can reference them, then read back once: a few hundred rows, never changed
 * while the platform runs.
 */
@Component
@DependsOnDatabaseInitialization
class CodeLists implements ReferenceData {

    private final Map<String, Division> divisions;
    private final List<Division> provinces;
    private final Map<String, List<Division>> citiesByProvince;
    private final Map<String, Industry> industries;
    private final Map<String, IpcClass> ipcClasses;
    private final Map<TaxonomyKind, List<Term>> terms;

    CodeLists(ReferenceDataLoader loader) {
        ReferenceDataLoader.Loaded loaded = loader.load();
        this.divisions = index(loaded.divisions(), Division::code);
        this.provinces = loaded.divisions().stream().filter(Division::isProvince).toList();
        this.citiesByProvince = loaded.divisions().stream().filter(d -> !d.isProvince())
                .collect(Collectors.groupingBy(Division::parentCode, Collectors.toUnmodifiableList()));
        this.industries = index(loaded.industries(), Industry::code);
        this.ipcClasses = index(loaded.ipcClasses(), IpcClass::code);
        this.terms = loaded.terms().stream()
                .collect(Collectors.groupingBy(Term::kind, Collectors.toUnmodifiableList()));
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    @Override
    public Optional<Division> division(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(divisions.get(code));
    }

    @Override
    public List<Division> provinces() {
        return provinces;
    }

    @Override
    public List<Division> citiesOf(String provinceCode) {
        return citiesByProvince.getOrDefault(provinceCode, List.of());
    }

    @Override
    public Optional<Industry> industry(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(industries.get(code));
    }

    @Override
    public List<Industry> industries() {
        return List.copyOf(industries.values());
    }

    @Override
    public Optional<IpcClass> ipc(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(ipcClasses.get(code));
    }

    @Override
    public List<IpcClass> ipcClasses() {
        return List.copyOf(ipcClasses.values());
    }

    @Override
    public Optional<Term> term(TaxonomyKind kind, String code) {
        return terms(kind).stream().filter(t -> t.code().equals(code)).findFirst();
    }

    @Override
    public List<Term> terms(TaxonomyKind kind) {
        return terms.getOrDefault(kind, List.of());
    }
}
