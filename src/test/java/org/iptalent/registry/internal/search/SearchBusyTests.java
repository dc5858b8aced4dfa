package org.iptalent.registry.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.platform.search.SearchGate;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** When every search place is taken for longer than a search may wait, the user is told so, in their language. */
@PlatformTest
class SearchBusyTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    SearchGate gate;

    @Test
    void aSearchThatCannotGetAPlaceIsAnsweredBusyWithWhenToComeBack() throws Exception {
        UserSummary officer = accounts.active("busy.admin", Role.PROVINCIAL_ADMIN, "330000");
        String auth = "Bearer " + tokens.issue(officer.id(), "busy").token();
        Http page = new Http(port);
        assertThat(page.signInEnrolling(officer.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
        assertThat(page.get("/talents").status()).isEqualTo(200);

        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch taken = new CountDownLatch(gate.concurrency());
        List<Thread> holders = new ArrayList<>();
        for (int i = 0; i < gate.concurrency(); i++) {
            Thread holder = new Thread(() -> gate.run(() -> {
                taken.countDown();
                try {
                    return release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    return false;
                }
            }));
            holder.start();
            holders.add(holder);
        }
        try {
            assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

            var api = new Http(port).get("/api/v1/talents?q=%E4%B8%93%E5%88%A9", "Authorization", auth,
                    "Accept-Language", "zh-CN");
            assertThat(api.status()).isEqualTo(503);
            assertThat(api.header("Retry-After")).isEqualTo("5");
            assertThat(api.json().get("title").asString()).isEqualTo("服务繁忙");
            assertThat(api.body()).contains("未做任何修改").doesNotContain("Exception");

            var list = page.get("/talents?q=%E4%B8%93%E5%88%A9&lang=en");
            assertThat(list.status()).isEqualTo(503);
            assertThat(list.body()).contains("System busy", "Try again").doesNotContain("Exception");
        } finally {
            release.countDown();
            for (Thread holder : holders) {
                holder.join(10_000);
            }
        }
        // once the places are free again, searching works as before
        assertThat(new Http(port).get("/api/v1/talents?q=%E4%B8%93%E5%88%A9", "Authorization", auth).status())
                .isEqualTo(200);
    }
}
