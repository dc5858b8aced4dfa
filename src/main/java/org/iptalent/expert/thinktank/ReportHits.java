package org.iptalent.expert.thinktank;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.iptalent.expert.thinktank.ResearchTopic.State;

/**
 * A page of a report search: the reports the database confirmed in the user's region, the number of matches, and
 * the facets' counts over every match.
 */
public record ReportHits(List<ReportCard> rows, long total, int page, int size, Map<Facet, List<FacetCount>> facets) {

    /** The facets, each with the request parameter that filters by it. */
    public enum Facet {
        THINK_TANK("thinkTank"), TOPIC_STATE("topicState"), YEAR("year");

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

    /** A report as a search result shows it. */
    public record ReportCard(long id, long thinkTankId, String thinkTankName, String title, String abstractText,
            String topicTitle, State topicState, LocalDate publishedOn) {
    }

    public long totalPages() {
        return size == 0 ? 0 : (total + size - 1) / size;
    }
}
