package org.iptalent.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.iptalent.demand.exchange.ExchangePairings;
import org.iptalent.demand.exchange.PairingInput;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.BrowserTest;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exchange pairings' map in Chromium: Shanghai's pairing with Tibet is drawn as a line between the two provinces'
 * centres (which the shared geometry loader, china-map.js, reads from the province geometry), in Chinese and English.
 */
@PlatformTest
class ExchangePairingBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ExchangePairings pairings;

    @Test
    void thePairingsMapDrawsALineBetweenThePairedProvinces() {
        UserSummary shanghai = accounts.active("expbt.sh", Role.PROVINCIAL_ADMIN, "310000");
        TestAccounts.as(shanghai, () -> pairings.create(new PairingInput("PROVINCE", "310000", "540000", null, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), "沪援藏知识产权人才培养")));
        signIn(shanghai.username(), TestAccounts.PASSWORD);
        enrolSecondFactor();

        page.navigate(url("/exchange/pairings?lang=zh-CN"));
        assertThat(page.locator("#pairing-map")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#pairing-map canvas").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(page.locator("#pairing-map")
                .getAttribute("data-lines"))).isGreaterThanOrEqualTo(1);
        page.locator("#pairing-map").scrollIntoViewIfNeeded();
        screenshot("ExchangePairingBrowserTests-map-zh");

        page.navigate(url("/exchange/pairings?lang=en"));
        assertThat(page.locator("#pairing-map")).hasAttribute("data-ready", "true");
        assertThat(page.locator("#pairing-map canvas").first()).isVisible();
    }
}
