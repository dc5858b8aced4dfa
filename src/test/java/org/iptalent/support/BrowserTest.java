package org.iptalent.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.iptalent.identity.internal.Totp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Chromium against the running platform: Debian's {@code /usr/bin/chromium} when present
 * (started with the flags a closed network needs), else Playwright's own browser. A screenshot of the
 * last page of every test lands in {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    void launch() {
        playwright = Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run"));
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
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
