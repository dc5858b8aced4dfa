package org.iptalent.expert.admission;

import java.util.Set;

import org.iptalent.expert.pool.Expert.Duty;

/**
 * An application as it is made: the talent (an administration's nomination names it; a self-application is the
 * signed-in talent's own and leaves it out), the categories, IPC classes and duties proposed, and a statement.
 */
public record AdmissionInput(Long talentId, Set<String> categories, Set<String> ipcClasses, Set<Duty> duties,
        String statement) {

    public AdmissionInput {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        ipcClasses = ipcClasses == null ? Set.of() : Set.copyOf(ipcClasses);
        duties = duties == null ? Set.of() : Set.copyOf(duties);
    }
}
