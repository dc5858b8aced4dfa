package org.iptalent.reference;

import java.util.List;
import java.util.Optional;

/** Read-only look-ups of the reference code lists, answered from memory. */
public interface ReferenceData {

    Optional<Division> division(String code);

    /** Provinces, mainland first, in code order. */
    List<Division> provinces();

    /** The prefecture-level units of a province (none for the four municipalities). */
    List<Division> citiesOf(String provinceCode);

    /** Whether the code names a province or a prefecture-level unit of the code list. */
    default boolean isRegion(String code) {
        return code != null && division(code).isPresent();
    }

    /** The region's name in the user's language, prefixed by its province for a city; the code when unknown. */
    default String regionName(String code, java.util.Locale locale) {
        if (code == null) {
            return null;
        }
        return division(code).map(d -> d.isProvince() ? d.name(locale)
                : division(d.parentCode()).map(p -> p.name(locale) + (Localized.isEnglish(locale) ? ", " : " "))
                        .orElse("") + d.name(locale)).orElse(code);
    }

    Optional<Industry> industry(String code);

    List<Industry> industries();

    /** Sections with their divisions, in code order: for grouped drop-downs and the reference page. */
    default java.util.Map<Industry, List<Industry>> industryTree() {
        java.util.Map<Industry, List<Industry>> tree = new java.util.LinkedHashMap<>();
        for (Industry section : industries().stream().filter(Industry::isSection).toList()) {
            tree.put(section, industries().stream().filter(i -> section.code().equals(i.parentCode())).toList());
        }
        return tree;
    }

    /** The terms of {@code kind} whose parent is {@code parentCode}, e.g. the categories of one team. */
    default List<Term> children(TaxonomyKind kind, String parentCode) {
        return terms(kind).stream().filter(t -> parentCode.equals(t.parentCode())).toList();
    }

    Optional<IpcClass> ipc(String code);

    List<IpcClass> ipcClasses();

    Optional<Term> term(TaxonomyKind kind, String code);

    List<Term> terms(TaxonomyKind kind);
}
