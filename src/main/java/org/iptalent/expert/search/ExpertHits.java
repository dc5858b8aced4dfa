package org.iptalent.expert.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.Expert.Status;
import org.iptalent.expert.pool.ExpertView.Scores;

/**
 * A page of an expert search: the cards the database confirmed in the user's region, the number of matches, and the
 * facets' counts over every match (a category counts the experts of its sub-categories too, each once).
 */
public record ExpertHits(List<ExpertCard> rows, long total, int page, int size, Map<Facet, List<FacetCount>> facets) {

    /** The facets, each with the request parameter that filters by it. */
    public enum Facet {
        CATEGORY("category"), IPC_SECTION("ipcSection"), IPC_CLASS("ipcClass"), DUTY("duty"), PROVINCE("region"),
        STATUS("status");

        private final String parameter;

        Facet(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    public record FacetCount(String code, long count) {
    }

    /** An expert as a list shows it: who, where, in what, its standing and the averages of its evaluations. */
    public record ExpertCard(long id, String name, String employerName, String regionCode, Set<String> categories,
            Set<String> ipcClasses, Set<Duty> duties, Status status, Availability availability, boolean blacklisted,
            Scores scores) {
    }

    public long totalPages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
