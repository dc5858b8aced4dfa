package org.iptalent.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client against the running platform: JSON for the API, forms with CSRF for pages. */
public class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ENROL_SECRET = Pattern.compile("id=\"enrol-secret\"[^>]*>([^<]+)<");

    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();

    public Http(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Response get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET(), headers);
    }

    public Response postJson(String path, Object body, String... headers) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .POST(HttpRequest.BodyPublishers.ofString(text)).header("Content-Type", "application/json"), headers);
    }

    public Response putJson(String path, Object body, String... headers) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .PUT(HttpRequest.BodyPublishers.ofString(text)).header("Content-Type", "application/json"), headers);
    }

    /** Uploads a file as multipart form data, field {@code file}. */
    public Response upload(String path, String fileName, byte[] content, String... headers) {
        String boundary = "----iptalent" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(
                body.toByteArray())).header("Content-Type", "multipart/form-data; boundary=" + boundary), headers);
    }

    /**
     * Uploads a file from a page's form the way a browser does: the page's CSRF token as a form field
     * before the file, in the same multipart body.
     */
    public Response uploadForm(String pagePath, String actionPath, String fileName, byte[] content) {
        Matcher m = CSRF.matcher(get(pagePath).body());
        String token = m.find() ? m.group(1) : "";
        String boundary = "----iptalent" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(content.length + 1024);
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + actionPath)).POST(HttpRequest.BodyPublishers.ofByteArray(
                body.toByteArray())).header("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    public byte[] download(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form the way a browser does: with the CSRF token of the page it came from. */
    public Response postForm(String pagePath, String actionPath, String form) {
        Response page = get(pagePath);
        Matcher m = CSRF.matcher(page.body());
        String token = m.find() ? m.group(1) : "";
        String body = form + (form.isEmpty() ? "" : "&") + "_csrf=" + java.net.URLEncoder.encode(token,
                java.nio.charset.StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + actionPath)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    public Response login(String username, String password) {
        return postForm("/login", "/login", "username=" + username + "&password="
                + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Signs in a user whose role needs a second factor, enrolling one on the way as a first sign-in does. */
    public Response signInEnrolling(String username, String password) {
        login(username, password);
        Matcher secret = ENROL_SECRET.matcher(get("/login/enrol").body());
        if (!secret.find()) {
            throw new IllegalStateException("no second-factor enrolment offered to " + username);
        }
        postForm("/login/enrol", "/login/enrol", "code=" + org.iptalent.identity.internal.Totp.code(
                secret.group(1).replace(" ", "").trim(), java.time.Instant.now()));
        return postForm("/login/enrol", "/login/enrol/done", "");
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private Response send(HttpRequest.Builder builder, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
