package org.iptalent.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.impl.driver.Driver;

/**
 * Finds, once per JVM, a Chromium the browser tests can launch: the system's ({@code iptalent.chromium} or
 * {@code IPTALENT_CHROMIUM}, default {@code /usr/bin/chromium}), else Playwright's own, downloaded here
 * if it is missing and the network allows. Playwright itself never downloads on its own (it would do so in
 * every {@code Playwright.create()} otherwise).
 */
final class BrowserLauncher {

    static final String CHROMIUM_PROPERTY = "iptalent.chromium";
    static final String CHROMIUM_ENVIRONMENT = "IPTALENT_CHROMIUM";
    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

    private static final String SKIP_DOWNLOAD = "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD";
    private static final Map<String, String> PLAYWRIGHT_ENV = Map.of(SKIP_DOWNLOAD, "1");
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(5);
    private static final Path DOWNLOAD_LOG = Paths.get("target", "playwright-install.log");

    /** A Chromium that launched ({@code executable} null: Playwright's own), or why none did. */
    record Probe(boolean launches, Path executable, String description, List<String> failures) {
    }

    private static Probe probe;

    private BrowserLauncher() {
    }

    /** Tried once per JVM, so that a missing browser costs one attempt, not one per test class. */
    static synchronized Probe probe() {
        if (probe == null) {
            probe = find();
        }
        return probe;
    }

    static Playwright createPlaywright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(PLAYWRIGHT_ENV));
    }

    /** Headless, with the flags a closed network needs. */
    static Browser launch(Playwright playwright, Path executable) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (executable != null) {
            options.setExecutablePath(executable);
        }
        return playwright.chromium().launch(options);
    }

    static Path systemChromium() {
        String property = System.getProperty(CHROMIUM_PROPERTY);
        String environment = System.getenv(CHROMIUM_ENVIRONMENT);
        return Paths.get(BrowserTestPolicy.isSet(property) ? property.trim()
                : BrowserTestPolicy.isSet(environment) ? environment.trim() : DEFAULT_CHROMIUM);
    }

    private static Probe find() {
        List<String> failures = new ArrayList<>();
        Path system = systemChromium();
        if (Files.isExecutable(system)) {
            String failure = tryLaunch(system);
            if (failure == null) {
                return new Probe(true, system, "Chromium at " + system, List.of());
            }
            failures.add(system + " does not start: " + failure);
        } else {
            failures.add(system + ": not found");
        }

        String failure = tryLaunch(null);
        if (failure == null) {
            return new Probe(true, null, "Playwright's own Chromium", List.of());
        }
        String skip = System.getenv(SKIP_DOWNLOAD);
        if (skip != null && !skip.equals("0") && !skip.equals("false")) {
            failures.add("Playwright's own Chromium: " + failure + " (not downloaded: " + SKIP_DOWNLOAD + " is set)");
            return new Probe(false, null, null, List.copyOf(failures));
        }
        String download = download();
        if (download == null) {
            failure = tryLaunch(null);
            if (failure == null) {
                return new Probe(true, null, "Playwright's own Chromium (downloaded just now)", List.of());
            }
            failures.add("Playwright's own Chromium, downloaded, does not start: " + failure);
        } else {
            failures.add("Playwright's own Chromium: not installed, and " + download);
        }
        return new Probe(false, null, null, List.copyOf(failures));
    }

    /** Null when a browser launched (and closed again), else the first line of why not. */
    private static String tryLaunch(Path executable) {
        try (Playwright playwright = createPlaywright()) {
            launch(playwright, executable).close();
            return null;
        } catch (RuntimeException e) {
            return firstLine(e);
        }
    }

    /** {@code playwright install chromium}, bounded in time; null when it worked, else what went wrong. */
    private static String download() {
        System.out.println("Browser tests: no Chromium found; trying to download Playwright's (log: "
                + DOWNLOAD_LOG + ")");
        try {
            Files.createDirectories(DOWNLOAD_LOG.getParent());
            ProcessBuilder install = Driver.ensureDriverInstalled(PLAYWRIGHT_ENV, false).createProcessBuilder();
            install.command().addAll(List.of("install", "chromium"));
            install.environment().remove(SKIP_DOWNLOAD);
            install.redirectErrorStream(true).redirectOutput(DOWNLOAD_LOG.toFile());
            Process process = install.start();
            if (!process.waitFor(DOWNLOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return "its download did not finish within " + DOWNLOAD_TIMEOUT.toMinutes() + " minutes";
            }
            if (process.exitValue() != 0) {
                return "its download failed: " + firstError(DOWNLOAD_LOG);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "its download failed: " + firstLine(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "its download was interrupted";
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        return message.lines().map(String::strip).map(line -> line.replaceFirst("^message='", ""))
                .filter(line -> !line.isEmpty() && !line.equals("Error {"))
                .findFirst().map(BrowserLauncher::shorten).orElse(e.getClass().getSimpleName());
    }

    /** The first {@code Error: ...} line of the install's output (such as {@code getaddrinfo ENOTFOUND ...}). */
    private static String firstError(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replaceAll("\u001B\\[[0-9;]*m", "").strip()).filter(line -> !line.isEmpty())
                    .toList();
            for (String line : lines) {
                if (line.startsWith("Error")) {
                    return shorten(line) + " (see " + log + ")";
                }
            }
            return (lines.isEmpty() ? "(no output)" : shorten(lines.get(lines.size() - 1))) + " (see " + log + ")";
        } catch (IOException e) {
            return "see " + log;
        }
    }

    private static String shorten(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
