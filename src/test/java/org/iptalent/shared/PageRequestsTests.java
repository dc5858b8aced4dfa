package org.iptalent.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/** Paging and sorting as clients ask for them: clamped, computed in long, and only the list's own fields. */
class PageRequestsTests {

    private static final SortFields USERS = SortFields.of(Sort.by("username"), "username", "displayName")
            .with("created", "createdAt");

    @Test
    void sizesAreClampedAndNegativePagesAreTheFirst() {
        var request = PageRequests.of(-5, 0, PageRequests.DATABASE_WINDOW, USERS, null);
        assertThat(request.getPageNumber()).isZero();
        assertThat(request.getPageSize()).isEqualTo(1);
        assertThat(PageRequests.of(0, 10_000, PageRequests.DATABASE_WINDOW, USERS, null).getPageSize())
                .isEqualTo(PageRequests.MAX_SIZE);
        assertThat(PageRequests.of(0, 20, PageRequests.DATABASE_WINDOW, USERS, null).getSort())
                .isEqualTo(Sort.by("username"));
    }

    @Test
    void aPageBeyondTheWindowIsRefusedWithoutWrappingAround() {
        // 10737418 × 200 fits an int, the page's end does not; 10737419 × 200 wraps around to a negative offset
        assertThatThrownBy(() -> PageRequests.page(10_737_418, 200, PageRequests.SEARCH_WINDOW))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("page");
                    assertThat(e.messageKey()).isEqualTo("paging.page.tooDeep");
                    assertThat(e.arguments()).containsExactly(200, 49);
                });
        assertThatThrownBy(() -> PageRequests.page(Integer.MAX_VALUE, 100, PageRequests.DATABASE_WINDOW))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(PageRequests.page(499, 20, PageRequests.SEARCH_WINDOW)).isEqualTo(499);
        assertThatThrownBy(() -> PageRequests.page(500, 20, PageRequests.SEARCH_WINDOW))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(PageRequests.page(21_474_835, 100, PageRequests.DATABASE_WINDOW)).isEqualTo(21_474_835);
        assertThat(PageRequests.of(21_474_835, 100, PageRequests.DATABASE_WINDOW, USERS, null).getOffset())
                .isEqualTo(2_147_483_500L);
    }

    @Test
    void pagesInTheBrowserShowTheLastReachablePageInstead() {
        assertThat(PageRequests.clampedPage(10_737_418, 20, PageRequests.SEARCH_WINDOW)).isEqualTo(499);
        assertThat(PageRequests.clampedPage(-1, 20, PageRequests.SEARCH_WINDOW)).isZero();
        var page = PageRequests.clamped(Integer.MAX_VALUE, 50, PageRequests.DATABASE_WINDOW, Sort.unsorted());
        assertThat(page.getOffset() + page.getPageSize()).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void onlyTheListsOwnSortFieldsAreAccepted() {
        assertThat(USERS.parse(List.of("displayName,desc", "username")))
                .isEqualTo(Sort.by(Sort.Order.desc("displayName"), Sort.Order.asc("username")));
        assertThat(USERS.parse(List.of("created,DESC"))).isEqualTo(Sort.by(Sort.Order.desc("createdAt")));
        assertThat(USERS.parse(List.of())).isEqualTo(Sort.by("username"));
        // one sort=displayName,desc arrives split at its comma; a direction applies to the fields before it
        assertThat(USERS.parse(List.of("displayName", "desc"))).isEqualTo(Sort.by(Sort.Order.desc("displayName")));
        assertThat(USERS.parse(List.of("displayName,username,desc")))
                .isEqualTo(Sort.by(Sort.Order.desc("displayName"), Sort.Order.desc("username")));
        for (String secret : List.of("passwordHash", "encryptedMfaSecret,asc", "createdAt", "username,sideways",
                "username,asc,desc", "desc")) {
            assertThatThrownBy(() -> USERS.parse(List.of(secret)))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.field()).isEqualTo("sort");
                        assertThat(e.messageKey()).isEqualTo("paging.sort.unknown");
                        assertThat(e.arguments()[1]).isEqualTo("username, displayName, created");
                    });
        }
    }

    @Test
    void aListWithFixedOrdersTakesANameAlone() {
        SortFields talents = SortFields.of(Sort.unsorted(), "relevance", "name", "updated");
        assertThat(talents.name("updated")).isEqualTo("updated");
        assertThat(talents.name(" ")).isNull();
        assertThatThrownBy(() -> talents.name("name,desc")).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> talents.name("x".repeat(500))).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.arguments()[0].toString()).hasSizeLessThan(50));
    }

    @Test
    void aBrowserPageBeyondTheLastShowsTheLast() {
        java.util.List<Integer> rows = java.util.stream.IntStream.range(0, 45).boxed().toList();
        java.util.function.Function<org.springframework.data.domain.PageRequest,
                org.springframework.data.domain.Page<Integer>> query = request -> new org.springframework.data.domain
                .PageImpl<>(rows.subList((int) Math.min(rows.size(), request.getOffset()),
                        (int) Math.min(rows.size(), request.getOffset() + request.getPageSize())), request, rows.size());
        var beyond = PageRequests.withinResults(PageRequests.clamped(999, 20, PageRequests.DATABASE_WINDOW,
                Sort.unsorted()), query);
        assertThat(beyond.getNumber()).isEqualTo(2);
        assertThat(beyond.getContent()).containsExactly(40, 41, 42, 43, 44);
        assertThat(PageRequests.withinResults(PageRequests.clamped(1, 20, PageRequests.DATABASE_WINDOW,
                Sort.unsorted()), query).getNumber()).isEqualTo(1);
    }
}
