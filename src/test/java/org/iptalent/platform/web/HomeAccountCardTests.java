package org.iptalent.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard's account card names the account's region for every role, in the user's language; never a dash. */
@PlatformTest
class HomeAccountCardTests {

    private static final Pattern ACCOUNT_CARD = Pattern.compile(
            "class=\"card dashboard-card[^\"]*\" href=\"/account\">.*?class=\"card-value\">([^<]*)<"
                    + ".*?class=\"card-note\">([^<]*)<", Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    @Test
    void aNationalAdministratorsRegionIsTheWholeCountry() {
        Http home = signedIn(accounts.active("card.national", Role.NATIONAL_ADMIN, null), true);
        assertThat(card(home.get("/?lang=zh-CN").body())).isEqualTo("全国 | 密码、二次验证与 API 令牌");
        assertThat(card(home.get("/?lang=en").body())).isEqualTo("Whole country | Password, second factor and API tokens");
    }

    @Test
    void everyRoleReadsSensibly() {
        assertThat(card(signedIn(accounts.active("card.auditor", Role.AUDITOR, null), true).get("/?lang=zh-CN").body()))
                .startsWith("全国 |");
        assertThat(card(signedIn(accounts.active("card.security", Role.SECURITY_ADMIN, null), true)
                .get("/?lang=zh-CN").body())).startsWith("全国 |");
        assertThat(card(signedIn(accounts.active("card.system", Role.SYSTEM_ADMIN, null), true).get("/?lang=en")
                .body())).startsWith("Not region-bound |");
        assertThat(card(signedIn(accounts.active("card.province", Role.PROVINCIAL_ADMIN, "440000"), true)
                .get("/?lang=zh-CN").body())).isEqualTo("广东 | 管辖区域代码 440000；密码、二次验证与 API 令牌");
        assertThat(card(signedIn(accounts.active("card.city", Role.CITY_ADMIN, "440300"), true).get("/?lang=en")
                .body())).startsWith("Shenzhen |");
        assertThat(card(signedIn(accounts.active("card.talent", Role.TALENT, "320000"), false).get("/?lang=zh-CN")
                .body())).startsWith("江苏 |");
    }

    private Http signedIn(UserSummary user, boolean secondFactor) {
        Http http = new Http(port);
        assertThat((secondFactor ? http.signInEnrolling(user.username(), TestAccounts.PASSWORD)
                : http.login(user.username(), TestAccounts.PASSWORD)).status()).isEqualTo(302);
        return http;
    }

    /** The account card's figure and note, as "figure | note". */
    private static String card(String page) {
        Matcher card = ACCOUNT_CARD.matcher(page);
        assertThat(card.find()).as("the account card").isTrue();
        return card.group(1).trim() + " | " + card.group(2).trim();
    }
}
