package org.iptalent.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The static files a page loads, folder by folder (the catch-all mapping is off): the WebJars without their version,
 * the platform's own styles, scripts and images, and nothing else served from the classpath.
 */
@PlatformTest
class StaticFilesTests {

    @LocalServerPort
    int port;

    @Test
    void everyFolderAPageLoadsIsServedAndNothingElse() {
        Http http = new Http(port);
        for (String path : new String[] {"/webjars/bootstrap/dist/css/bootstrap.min.css",
                "/webjars/bootstrap-icons/font/bootstrap-icons.min.css", "/webjars/htmx.org/dist/htmx.min.js",
                "/css/app.css", "/js/app.js", "/img/logo.svg"}) {
            assertThat(http.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(http.get("/css/no-such.css").status()).isEqualTo(404);
        assertThat(http.get("/application.properties").status()).as("not a static file").isIn(302, 401, 403, 404);
        assertThat(http.get("/messages.properties").status()).isIn(302, 401, 403, 404);
    }
}
