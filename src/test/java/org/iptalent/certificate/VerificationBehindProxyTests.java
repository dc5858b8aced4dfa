package org.iptalent.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.apache.catalina.valves.RemoteIpValve;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The verification's limit per client behind a reverse proxy (server.forward-headers-strategy=native): a peer that is
 * an internal proxy (server.tomcat.remoteip.internal-proxies, by default the loopback only) speaks for
 * the client its X-Forwarded-For names, so the clients behind one proxy each have a bucket of their own; any other
 * peer is the client itself, whatever it claims. Real HTTP from loopback addresses of their own ({@link Loopback}),
 * through Tomcat's RemoteIpValve as in production.
 */
@PlatformTest
class VerificationBehindProxyTests {

    /** A code that exists nowhere: a miss costs 3 of the burst's 10 tokens, so a client is refused at its 4th or 5th. */
    private static final String MISS = "/api/v1/certificates/" + "0".repeat(25) + "3/verification";

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext context;

    @Test
    void theClientsBehindATrustedProxyHaveABucketEach() {
        assertThat(valve().getInternalProxies()).as("the loopback only: a private address is no proxy by default")
                .contains("127.0.0.0/8", "::1/128").doesNotContain("10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/12");
        Loopback proxy = Loopback.fresh(port);

        assertThat(missesUntilRefused(proxy, "X-Forwarded-For", "198.51.100.21")).isBetween(4, 5);
        assertThat(proxy.get(MISS, "X-Forwarded-For", "198.51.100.21").status()).isEqualTo(429);
        assertThat(Loopback.fresh(port).get(MISS, "X-Forwarded-For", "198.51.100.21").status())
                .as("the same client through another proxy").isEqualTo(429);

        assertThat(proxy.get(MISS, "X-Forwarded-For", "198.51.100.22").status())
                .as("another client behind the same proxy").isEqualTo(404);
        assertThat(proxy.get(MISS).status()).as("the proxy's own look-ups").isEqualTo(404);
        assertThat(proxy.get(MISS, "X-Forwarded-For", "198.51.100.23, 198.51.100.21").status())
                .as("the client is the address the proxy appended, not one the client put before it").isEqualTo(429);
    }

    @Test
    void aPeerThatIsNoInternalProxyIsTheClientWhateverItsXForwardedForSays() {
        RemoteIpValve valve = valve();
        String internalProxies = valve.getInternalProxies();
        Loopback peer = Loopback.fresh(port);
        // the proxy somewhere else: the loopback peers of this test are clients connecting directly
        valve.setInternalProxies("192.0.2.254/32");
        try {
            assertThat(missesUntilRefused(peer, "X-Forwarded-For", "198.51.100.31")).isBetween(4, 5);
            assertThat(peer.get(MISS, "X-Forwarded-For", "198.51.100.32").status())
                    .as("another address it claims").isEqualTo(429);
            assertThat(peer.get(MISS).status()).as("no address claimed").isEqualTo(429);

            Loopback.Response redirect = Loopback.fresh(port).get("/", "X-Forwarded-Proto", "https",
                    "X-Forwarded-Host", "talent.example.cn");
            assertThat(redirect.status()).isEqualTo(302);
            assertThat(redirect.header("Location")).as("nor does it choose the redirects' scheme and host")
                    .isEqualTo("http://localhost:" + port + "/login");
        } finally {
            valve.setInternalProxies(internalProxies);
        }
        assertThat(Loopback.fresh(port).get(MISS, "X-Forwarded-For", "198.51.100.31").status())
                .as("the address it claimed was never charged").isEqualTo(404);
    }

    @Test
    void redirectsThroughATrustedProxyGoToTheAddressItServes() {
        Loopback.Response direct = Loopback.fresh(port).get("/");
        assertThat(direct.status()).isEqualTo(302);
        assertThat(direct.header("Location")).isEqualTo("http://localhost:" + port + "/login");

        Loopback.Response proxied = Loopback.fresh(port).get("/", "X-Forwarded-For", "198.51.100.41",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "talent.example.cn");
        assertThat(proxied.status()).isEqualTo(302);
        assertThat(proxied.header("Location")).isEqualTo("https://talent.example.cn/login");
    }

    /** Looks the missing code up until refused; how many were answered (404) before. */
    private static int missesUntilRefused(Loopback client, String... headers) {
        for (int answered = 0; answered < 20; answered++) {
            int status = client.get(MISS, headers).status();
            if (status == 429) {
                return answered;
            }
            assertThat(status).isEqualTo(404);
        }
        throw new AssertionError("not refused within 20 misses");
    }

    /** The valve server.forward-headers-strategy=native puts in front of the platform. */
    private RemoteIpValve valve() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        return Arrays.stream(server.getTomcat().getEngine().getPipeline().getValves())
                .filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no RemoteIpValve: forward headers are not read natively"));
    }
}
