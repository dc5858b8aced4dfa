package org.iptalent.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iptalent.identity.UserSummary;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The list pages' one filter card (fragments/filters): each page's filters in a GET form with Filter and Reset, each
 * field under its label, the chosen values marked, a year chosen from a list, and Reset back to the list with none of
 * the form's filters (a program's classes stay that program's).
 */
@PlatformTest
class FilterCardTests {

    private static final Pattern BUTTONS = Pattern.compile(
            "<div class=\"col-auto filter-buttons\">.*?<button class=\"btn btn-primary\" type=\"submit\">.*?"
                    + "<span>(.+?)</span></button>\\s*<a class=\"btn btn-outline-secondary\" href=\"([^\"]*)\">(.+?)</a>",
            Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    Http national;

    @BeforeEach
    void signIn() {
        UserSummary user = accounts.active("filters.national", Role.NATIONAL_ADMIN, null);
        national = new Http(port);
        assertThat(national.signInEnrolling(user.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
    }

    @Test
    void everyListFiltersThroughTheSameCardWithFilterAndReset() {
        String year = String.valueOf(Year.now().getValue());
        String classes = page(national, "/classes?lang=zh-CN&region=320000&status=PLANNED&year=" + year + "&open=true");
        assertThat(buttons(classes)).containsExactly("筛选", "/classes", "重置");
        assertThat(select(classes, "region")).contains("<option value=\"\">全部地区</option>")
                .contains("<option value=\"320000\" selected=\"selected\">");
        assertThat(select(classes, "status")).contains("<option value=\"PLANNED\" selected=\"selected\">");
        assertThat(select(classes, "year")).contains("<option value=\"" + year + "\" selected=\"selected\">" + year)
                .contains("<option value=\"2000\">2000</option>");
        assertThat(classes).contains("<label class=\"form-label small mb-1\" for=\"year\">年度</label>")
                .containsPattern("id=\"open\" name=\"open\" value=\"true\" checked=\"checked\"");
        // a program's classes: Reset keeps the program
        assertThat(buttons(page(national, "/classes?programId=7&status=PLANNED")))
                .containsExactly("筛选", "/classes?programId=7", "重置");

        String programs = page(national, "/programs?lang=en&q=x&team=PROTECTION");
        assertThat(buttons(programs)).containsExactly("Filter", "/programs", "Reset");
        assertThat(select(programs, "team-filter")).contains("<option value=\"PROTECTION\" selected=\"selected\">");
        assertThat(programs).contains("name=\"q\" value=\"x\"");

        String organisations = page(national, "/organisations?lang=en&type=ENTERPRISE&unverified=true");
        assertThat(buttons(organisations)).containsExactly("Filter", "/organisations", "Reset");
        assertThat(select(organisations, "type")).contains("<option value=\"\">All types</option>")
                .contains("<option value=\"ENTERPRISE\" selected=\"selected\">");

        String certificates = page(national, "/certificates?lang=zh-CN&status=VALID&year=" + year);
        assertThat(buttons(certificates)).containsExactly("筛选", "/certificates", "重置");
        assertThat(select(certificates, "status")).contains("<option value=\"VALID\" selected=\"selected\">");
        assertThat(select(certificates, "year")).contains("<option value=\"\">全部年份</option>")
                .contains("<option value=\"" + year + "\" selected=\"selected\">");
    }

    @Test
    void theAuditLogFiltersThroughItToo() {
        UserSummary user = accounts.active("filters.auditor", Role.AUDITOR, null);
        Http auditor = new Http(port);
        assertThat(auditor.signInEnrolling(user.username(), TestAccounts.PASSWORD).status()).isEqualTo(302);
        String audit = page(auditor, "/audit?lang=en&action=LOGIN_SUCCESS&entityType=User&actor=someone");
        assertThat(buttons(audit)).containsExactly("Filter", "/audit", "Reset");
        assertThat(select(audit, "action")).contains("<option value=\"LOGIN_SUCCESS\" selected=\"selected\">");
        assertThat(select(audit, "entityType")).contains("<option value=\"User\" selected=\"selected\">");
        assertThat(audit).contains("id=\"actor\" name=\"actor\" value=\"someone\"");
    }

    private static String page(Http http, String path) {
        Http.Response response = http.get(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(response.body()).contains("method=\"get\" role=\"search\"");
        // one space for any run of white space: the markup's line breaks fall between attributes
        return response.body().replaceAll("\\s+", " ");
    }

    /** The Filter button's text, Reset's link and text: once on the page. */
    private static java.util.List<String> buttons(String page) {
        Matcher matcher = BUTTONS.matcher(page);
        assertThat(matcher.find()).as("a filter card").isTrue();
        java.util.List<String> found = java.util.List.of(matcher.group(1), matcher.group(2).replace("&amp;", "&"),
                matcher.group(3));
        assertThat(matcher.find()).as("one filter card").isFalse();
        return found;
    }

    private static String select(String page, String id) {
        Matcher matcher = Pattern.compile("<select class=\"form-select\" id=\"" + id + "\" name=\"[^\"]+\">(.*?)</select>",
                Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("select #" + id).isTrue();
        return matcher.group(1);
    }
}
