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

    Optional<Industry> industry(String code);

    List<Industry> industries();

    Optional<IpcClass> ipc(String code);

    List<IpcClass> ipcClasses();

    Optional<Term> term(TaxonomyKind kind, String code);

    List<Term> terms(TaxonomyKind kind);
}
