package org.iptalent.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTests {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void anotherPageKeepsEveryFilterOfTheList() {
        request("/organisations", "q=%E5%8D%8E%E4%BF%A1&type=ENTERPRISE&unverified=true&page=0");
        assertThat(new PageLinks().to(1))
                .isEqualTo("/organisations?q=%E5%8D%8E%E4%BF%A1&type=ENTERPRISE&unverified=true&page=1");
    }

    @Test
    void theFirstLinkOfAListWithoutParametersAddsThePage() {
        request("/audit", null);
        assertThat(new PageLinks().to(2)).isEqualTo("/audit?page=2");
        assertThat(new PageLinks().to(-1)).isEqualTo("/audit?page=0");
    }

    @Test
    void aPageOfSeveralListsTurnsOneOfThemOnly() {
        request("/experts/think-tanks/7", "memberPage=2&topicPage=1");
        assertThat(new PageLinks().to("topicPage", 3)).isEqualTo("/experts/think-tanks/7?memberPage=2&topicPage=3");
        assertThat(new PageLinks().to("reportPage", -1))
                .isEqualTo("/experts/think-tanks/7?memberPage=2&topicPage=1&reportPage=0");
    }

    private static void request(String uri, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
