package org.iptalent.support;

import java.util.Locale;

/**
 * Whether the browser tests run, are skipped or fail. The setting is the system property
 * {@code iptalent.browser-tests}, else the environment variable {@code IPTALENT_BROWSER_TESTS}:
 * {@code optional} (the default: without a browser they are skipped) or {@code required} (without a
 * browser they fail, as in {@code .ci/run}).
 */
public final class BrowserTestPolicy {

    public static final String PROPERTY = "iptalent.browser-tests";
    public static final String ENVIRONMENT = "IPTALENT_BROWSER_TESTS";

    public enum Mode { OPTIONAL, REQUIRED }

    public enum Verdict { RUN, SKIP, FAIL }

    private BrowserTestPolicy() {
    }

    /** The setting of this JVM. */
    public static Mode mode() {
        return mode(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT));
    }

    /** The system property wins over the environment variable; neither set means {@code optional}. */
    static Mode mode(String property, String environment) {
        String value = isSet(property) ? property : isSet(environment) ? environment : "optional";
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "optional" -> Mode.OPTIONAL;
            case "required" -> Mode.REQUIRED;
            default -> throw new IllegalArgumentException(PROPERTY + " (or " + ENVIRONMENT + ") is '" + value
                    + "'; it must be 'optional' or 'required'");
        };
    }

    public static Verdict decide(Mode mode, boolean browserLaunches) {
        if (browserLaunches) {
            return Verdict.RUN;
        }
        return mode == Mode.REQUIRED ? Verdict.FAIL : Verdict.SKIP;
    }

    /** Blank, or a placeholder the build left unresolved ({@code ${...}}), counts as not set. */
    static boolean isSet(String value) {
        return value != null && !value.isBlank() && !value.startsWith("${");
    }
}
