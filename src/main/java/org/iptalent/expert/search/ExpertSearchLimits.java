package org.iptalent.expert.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.Expert.Status;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * What one expert search may ask for, checked before the index is read, every problem at once: a 400 in the user's
 * language, never a query Lucene cannot run or a filter that silently matches nothing because it was mistyped.
 */
@Component
class ExpertSearchLimits {

    /** The longest search text: every two characters are a clause of the bigram query, and Lucene allows 1,024. */
    static final int MAX_QUERY_LENGTH = 100;

    static final SortFields SORTS = SortFields.of(Sort.unsorted(), "relevance", "name", "updated");

    private static final Pattern SECTION = Pattern.compile("[A-H]");
    private static final Pattern IPC_CLASS = Pattern.compile("[A-H][0-9]{2}");
    private static final Pattern REGION = Pattern.compile("[0-9]{6}");

    private final ExpertCategories categories;

    ExpertSearchLimits(ExpertCategories categories) {
        this.categories = categories;
    }

    /** The criteria with codes trimmed and upper-cased, or every problem with them and the page. */
    ExpertCriteria check(ExpertCriteria c, int page, int size) {
        List<Problem> problems = new ArrayList<>();
        String q = trim(c.q());
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            problems.add(new Problem("q", "expert.search.tooLong", List.of(MAX_QUERY_LENGTH)));
        }
        String category = code(c.category());
        if (category != null && categories.find(category).isEmpty()) {
            problems.add(new Problem("category", "expert.search.categoryUnknown", List.of(category)));
        }
        String section = code(c.ipcSection());
        if (section != null && !SECTION.matcher(section).matches()) {
            problems.add(new Problem("ipcSection", "expert.search.ipcSectionInvalid", List.of(section)));
        }
        String ipcClass = code(c.ipcClass());
        if (ipcClass != null && !IPC_CLASS.matcher(ipcClass).matches()) {
            problems.add(new Problem("ipcClass", "expert.search.ipcClassInvalid", List.of(ipcClass)));
        }
        String duty = code(c.duty());
        if (duty != null && Arrays.stream(Duty.values()).noneMatch(d -> d.name().equals(duty))) {
            problems.add(new Problem("duty", "expert.search.dutyUnknown", List.of(duty, names(Duty.values()))));
        }
        String status = code(c.status());
        if (status != null && Arrays.stream(Status.values()).noneMatch(s -> s.name().equals(status))) {
            problems.add(new Problem("status", "expert.search.statusUnknown", List.of(status, names(Status.values()))));
        }
        String region = trim(c.region());
        if (region != null && !REGION.matcher(region).matches()) {
            problems.add(new Problem("region", "expert.search.regionInvalid", List.of(region)));
        }
        String sort = null;
        try {
            sort = SORTS.name(c.sort());
        } catch (BusinessRuleException e) {
            problems.add(new Problem(e.field(), e.messageKey(), List.of(e.arguments())));
        }
        if (size < 1 || size > PageRequests.MAX_SIZE) {
            problems.add(new Problem("size", "expert.search.sizeInvalid", List.of(PageRequests.MAX_SIZE)));
        } else if (page < 0) {
            problems.add(new Problem("page", "expert.search.pageNegative"));
        } else if (!PageRequests.reachable(page, size, PageRequests.SEARCH_WINDOW)) {
            problems.add(new Problem("page", "paging.page.tooDeep",
                    List.of(size, PageRequests.lastPage(size, PageRequests.SEARCH_WINDOW))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ExpertCriteria(q, category, section, ipcClass, duty, region, status, sort);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String code(String value) {
        String trimmed = trim(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }
}
