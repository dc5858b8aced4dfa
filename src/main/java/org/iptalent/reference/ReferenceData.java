package org.iptalent.reference;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.iptalent.shared.InvalidInputException.Problem;

/**
 * Read-only look-ups of the reference code lists, answered from memory, and the one rule by which every coded field
 * is checked against them ({@link #checkRegion}, {@link #checkIndustry}, {@link #checkTerm}): a code the list does
 * not hold, or holds as another kind, is the problem {@code field.unknownCode} of its field with the code as its
 * argument, whatever the kind of code; a blank code is left to the caller, who knows whether the field is required.
 */
public interface ReferenceData {

    /** The message of every coded field whose code is unknown, with the code as its argument. */
    String UNKNOWN_CODE = "field.unknownCode";

    Optional<Division> division(String code);

    /** Provinces, mainland first, in code order. */
    List<Division> provinces();

    /** The prefecture-level units of a province (none for the four municipalities). */
    List<Division> citiesOf(String provinceCode);

    /** A region of {@code field}: a province or a prefecture-level unit of the code list (no county). */
    default Optional<Problem> checkRegion(String field, String code) {
        return check(field, code, c -> division(c).isPresent());
    }

    /** An industry of {@code field}: a GB/T 4754 division; a section (a letter) only groups divisions. */
    default Optional<Problem> checkIndustry(String field, String code) {
        return check(field, code, c -> industry(c).filter(i -> !i.isSection()).isPresent());
    }

    /** A term of {@code kind} in {@code field}: a term of another kind (a team where a category is asked) is unknown. */
    default Optional<Problem> checkTerm(String field, TaxonomyKind kind, String code) {
        return check(field, code, c -> term(kind, c).isPresent());
    }

    private static Optional<Problem> check(String field, String code, Predicate<String> known) {
        if (code == null || code.isBlank() || known.test(code.trim())) {
            return Optional.empty();
        }
        return Optional.of(new Problem(field, UNKNOWN_CODE, List.of(code.trim())));
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
