package org.iptalent.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.iptalent.identity.internal.Totp;
import org.iptalent.support.BrowserTestPolicy.Mode;
import org.iptalent.support.BrowserTestPolicy.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Chromium against the running platform: Debian's {@code /usr/bin/chromium} when present (another
 * with {@code -Diptalent.chromium=PATH}), else Playwright's own browser (see {@link BrowserLauncher}).
 * Without any, the browser test classes are skipped with one message per run, or fail when
 * {@code iptalent.browser-tests=required} (see {@link BrowserTestPolicy}). A screenshot of the last page
 * of every test lands in {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserTest.SkippedWithoutBrowser.class)
public abstract class BrowserTest {

    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    void launch() {
        BrowserLauncher.Probe probe = BrowserLauncher.probe();
        if (verdict(probe) == Verdict.FAIL) {
            Assertions.fail("Browser tests are required (" + BrowserTestPolicy.PROPERTY + " or "
                    + BrowserTestPolicy.ENVIRONMENT + " is 'required') but no browser can be launched:\n"
                    + details(probe));
        }
        playwright = BrowserLauncher.createPlaywright();
        browser = BrowserLauncher.launch(playwright, probe.executable());
    }

    /** Decided once per JVM; the first browser test class prints what was found (or how to get it). */
    private static Verdict verdict(BrowserLauncher.Probe probe) {
        Mode mode = BrowserTestPolicy.mode();
        Verdict verdict = BrowserTestPolicy.decide(mode, probe.launches());
        if (REPORTED.compareAndSet(false, true)) {
            if (verdict == Verdict.RUN) {
                System.out.println("Browser tests: " + probe.description());
            } else {
                String rule = "=".repeat(100);
                String outcome = verdict == Verdict.SKIP ? "SKIPPED" : "FAIL (they are required)";
                System.out.println(rule + "\nBrowser tests " + outcome + ": no browser can be launched.\n"
                        + details(probe)
                        + (mode == Mode.OPTIONAL ? "\n-D" + BrowserTestPolicy.PROPERTY + "=required (or "
                        + BrowserTestPolicy.ENVIRONMENT + "=required) makes this a failure, as in .ci/run." : "")
                        + "\n" + rule);
            }
        }
        return verdict;
    }

    private static String details(BrowserLauncher.Probe probe) {
        return "  - " + String.join("\n  - ", probe.failures())
                + "\nInstall Chromium with `apt-get install chromium` (Debian/Ubuntu), or point -D"
                + BrowserLauncher.CHROMIUM_PROPERTY + "=PATH (or " + BrowserLauncher.CHROMIUM_ENVIRONMENT
                + ") at one.";
    }

    /** Skips a browser test class before its Spring context starts, when there is no browser and none is required. */
    public static class SkippedWithoutBrowser implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (verdict(BrowserLauncher.probe()) == Verdict.SKIP) {
                return ConditionEvaluationResult.disabled("no browser can be launched: `apt-get install chromium` "
                        + "(the reason is printed once, before the first browser test)");
            }
            return ConditionEvaluationResult.enabled("a browser launches, or one is required");
        }
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("zh-CN"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage(TestInfo test) throws Exception {
        screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        context.close();
    }

    /**
     * Saves what the page shows to {@code target/screenshots/NAME.png}. Evidence for a person to look at,
     * not an assertion: headless Chromium occasionally cannot capture under load, and that fails no test.
     */
    protected void screenshot(String name) {
        try {
            Path file = Paths.get("target/screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(file));
        } catch (Exception e) {
            System.err.println("screenshot " + name + " not taken: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#login-submit");
    }

    protected void changePassword(String current, String next) {
        page.fill("#currentPassword", current);
        page.fill("#newPassword", next);
        page.fill("#confirmPassword", next);
        page.click("#password-submit");
    }

    /** Enrols the second factor the way a person does with an authenticator app, then saves the codes. */
    protected String enrolSecondFactor() {
        String secret = page.textContent("#enrol-secret").replace(" ", "").trim();
        page.fill("#code", Totp.code(secret, Instant.now()));
        page.click("#enrol-submit");
        page.waitForSelector("#recovery-codes");
        page.click("#recovery-done");
        return secret;
    }
}
