package org.iptalent.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.iptalent.support.BrowserTestPolicy.Mode;
import org.iptalent.support.BrowserTestPolicy.Verdict;
import org.junit.jupiter.api.Test;

/** The rule for the browser tests, without launching a browser. */
class BrowserTestPolicyTests {

    @Test
    void aBrowserThatLaunchesRunsTheTestsWhateverTheSetting() {
        assertThat(BrowserTestPolicy.decide(Mode.OPTIONAL, true)).isEqualTo(Verdict.RUN);
        assertThat(BrowserTestPolicy.decide(Mode.REQUIRED, true)).isEqualTo(Verdict.RUN);
    }

    @Test
    void withoutABrowserOptionalTestsAreSkippedAndRequiredOnesFail() {
        assertThat(BrowserTestPolicy.decide(Mode.OPTIONAL, false)).isEqualTo(Verdict.SKIP);
        assertThat(BrowserTestPolicy.decide(Mode.REQUIRED, false)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void optionalUnlessThePropertyOrTheEnvironmentRequiresThem() {
        assertThat(BrowserTestPolicy.mode(null, null)).isEqualTo(Mode.OPTIONAL);
        assertThat(BrowserTestPolicy.mode("", " ")).isEqualTo(Mode.OPTIONAL);
        assertThat(BrowserTestPolicy.mode("${iptalent.browser-tests}", null)).isEqualTo(Mode.OPTIONAL);
        assertThat(BrowserTestPolicy.mode("required", null)).isEqualTo(Mode.REQUIRED);
        assertThat(BrowserTestPolicy.mode(null, "REQUIRED")).isEqualTo(Mode.REQUIRED);
        assertThat(BrowserTestPolicy.mode("", "required")).isEqualTo(Mode.REQUIRED);
        // the property wins over the environment
        assertThat(BrowserTestPolicy.mode("optional", "required")).isEqualTo(Mode.OPTIONAL);
        assertThat(BrowserTestPolicy.mode("required", "optional")).isEqualTo(Mode.REQUIRED);
    }

    @Test
    void aMistypedSettingIsAnErrorNotASilentSkip() {
        assertThatIllegalArgumentException().isThrownBy(() -> BrowserTestPolicy.mode("requried", null))
                .withMessageContaining("iptalent.browser-tests");
    }
}
