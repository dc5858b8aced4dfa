package org.iptalent.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of its own for the tests of certificate look-ups, which are limited per client address: each comes from a
 * loopback address no other test uses (127.0.0.10 onwards), its socket bound to it, so the platform sees a client of
 * its own instead of 127.0.0.1, which every test of the one application context shares. HTTP/1.0, one request a
 * connection: enough for a GET.
 */
public final class Loopback {

    private static final AtomicInteger NEXT = new AtomicInteger(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final InetAddress local;
    private final int port;

    private Loopback(InetAddress local, int port) {
        this.local = local;
        this.port = port;
    }

    /** A client at a loopback address no other test uses. */
    public static Loopback fresh(int port) {
        try {
            return new Loopback(InetAddress.getByName("127.0.0." + NEXT.getAndIncrement()), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** GET {@code path} with the headers given as name, value, name, value… */
    public Response get(String path, String... headers) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(15_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.0\r\nHost: localhost:" + port + "\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String[] head = response.substring(0, end).split("\r\n");
            Map<String, String> names = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                names.putIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).trim());
            }
            return new Response(Integer.parseInt(head[0].split(" ")[1]), names, response.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
