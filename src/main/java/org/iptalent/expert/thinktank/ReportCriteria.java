package org.iptalent.expert.thinktank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.iptalent.expert.thinktank.ResearchTopic.State;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.PageRequests;

/**
 * What a report search asks for: the text, and the facets' filters (a think tank's id, a topic state or NONE for
 * reports of no topic, a year). Checked before the index is read, every problem at once.
 */
public record ReportCriteria(String q, Long thinkTank, String topicState, Integer year) {

    /** The longest search text: every two characters are a clause of the bigram query, and Lucene allows 1,024. */
    static final int MAX_QUERY_LENGTH = 100;

    public static ReportCriteria none() {
        return new ReportCriteria(null, null, null, null);
    }

    /** The criteria trimmed and upper-cased, or every problem with them, the page and the size. */
    ReportCriteria checked(int page, int size) {
        List<Problem> problems = new ArrayList<>();
        String text = ThinkTankRules.blankToNull(q);
        ThinkTankRules.text(problems, "q", text, MAX_QUERY_LENGTH, false);
        String state = ThinkTankRules.blankToNull(topicState);
        state = state == null ? null : state.toUpperCase(Locale.ROOT);
        if (state != null && !state.equals(ReportDocument.NO_TOPIC)
                && Arrays.stream(State.values()).map(State::name).noneMatch(state::equals)) {
            problems.add(new Problem("topicState", "thinktank.search.stateUnknown", List.of(state)));
        }
        if (year != null && (year < 1900 || year > 2999)) {
            problems.add(new Problem("year", "thinktank.search.yearInvalid", List.of(String.valueOf(year))));
        }
        checkPage(problems, page, size);
        ThinkTankRules.throwIfAny(problems);
        return new ReportCriteria(text, thinkTank, state, year);
    }

    static void checkPage(List<Problem> problems, int page, int size) {
        if (size < 1 || size > PageRequests.MAX_SIZE) {
            problems.add(new Problem("size", "thinktank.search.sizeInvalid", List.of(PageRequests.MAX_SIZE)));
        } else if (page < 0) {
            problems.add(new Problem("page", "thinktank.search.pageNegative"));
        } else if (!PageRequests.reachable(page, size, PageRequests.SEARCH_WINDOW)) {
            problems.add(new Problem("page", "paging.page.tooDeep",
                    List.of(size, PageRequests.lastPage(size, PageRequests.SEARCH_WINDOW))));
        }
    }
}
