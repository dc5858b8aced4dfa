package org.iptalent.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Paging as a client asks for it, made safe for every list (API and pages): the size within
 * [1, {@value #MAX_SIZE}], the page at least 0, offsets computed in {@code long} (never wrapping), and
 * only the list's own sort fields ({@link SortFields}). A page whose rows lie beyond what the list can
 * reach is refused over the API (a {@link BusinessRuleException} on {@code page}, 400) and shows the
 * last reachable page in the browser.
 */
public final class PageRequests {

    /** The largest page any list serves. */
    public static final int MAX_SIZE = 100;
    /** How deep the talent search pages (the page's last row): the search index pages no further. */
    public static final long SEARCH_WINDOW = 10_000;
    /** How deep a database list pages: JPA takes the offset as an {@code int}. */
    public static final long DATABASE_WINDOW = Integer.MAX_VALUE;

    private PageRequests() {
    }

    /** The size asked for, within [1, {@value #MAX_SIZE}]. */
    public static int size(int requested) {
        return Math.min(Math.max(requested, 1), MAX_SIZE);
    }

    /** The page asked for (at least 0), refused when its last row lies beyond {@code window}. */
    public static int page(int requested, int size, long window) {
        int page = Math.max(requested, 0);
        if (!reachable(page, size, window)) {
            throw new BusinessRuleException("page", "paging.page.tooDeep", size, lastPage(size, window));
        }
        return page;
    }

    /** The page asked for (at least 0), or the last one within {@code window}: for pages in the browser. */
    public static int clampedPage(int requested, int size, long window) {
        int page = Math.max(requested, 0);
        return reachable(page, size, window) ? page : lastPage(size, window);
    }

    /** Whether a page's rows lie within {@code window}, computed in {@code long}. */
    public static boolean reachable(int page, int size, long window) {
        return page >= 0 && size >= 1 && (long) page * size + size <= window;
    }

    /** The last page (from 0) whose rows lie within {@code window}. */
    public static int lastPage(int size, long window) {
        return (int) Math.max(0, window / Math.max(size, 1) - 1);
    }

    /** An API list's request: size clamped, a page beyond the window refused, the sort checked. */
    public static PageRequest of(int page, int size, long window, SortFields fields, List<String> sort) {
        int pageSize = size(size);
        Sort checked = fields.parse(sort);
        return PageRequest.of(page(page, pageSize, window), pageSize, checked);
    }

    /** A browser page's request: fixed size, a page beyond the window clamped to the last one. */
    public static PageRequest clamped(int page, int size, long window, Sort sort) {
        int pageSize = size(size);
        return PageRequest.of(clampedPage(page, pageSize, window), pageSize, sort);
    }

    /**
     * A browser list's page: a page typed beyond the last one shows the last one (which costs a second query
     * only then), never "page 1,000 of 4" over an empty table.
     */
    public static <T> Page<T> withinResults(PageRequest request, Function<PageRequest, Page<T>> query) {
        Page<T> result = query.apply(request);
        if (result.getTotalPages() > 0 && request.getPageNumber() >= result.getTotalPages()) {
            return query.apply(request.withPage(result.getTotalPages() - 1));
        }
        return result;
    }
}
