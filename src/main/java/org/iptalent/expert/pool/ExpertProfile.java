package org.iptalent.expert.pool;

import java.util.Set;

import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;

/** What an expert is engaged for: categories of the pool's taxonomy, IPC classes, duties, languages, achievements. */
public record ExpertProfile(Set<String> categories, Set<String> ipcClasses, Set<Duty> duties, String languages,
        Availability availability, String achievements) {

    public ExpertProfile {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        ipcClasses = ipcClasses == null ? Set.of() : Set.copyOf(ipcClasses);
        duties = duties == null ? Set.of() : Set.copyOf(duties);
    }
}
