package org.iptalent.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.iptalent.notification.Notice;
import org.junit.jupiter.api.Test;

/** The rules of sending a notice, following its link, and retrying its e-mail. */
class NotificationRulesTests {

    @Test
    void aNoticeLinksOnlyToAPathOnThePlatform() {
        assertThat(NoticeRules.isPlatformPath("/classes/12")).isTrue();
        assertThat(NoticeRules.isPlatformPath("/classes/12?tab=roster#top")).isTrue();
        assertThat(NoticeRules.isPlatformPath("/")).isTrue();
        for (String link : List.of("", "classes/12", "https://evil.example/", "//evil.example", "/\\evil.example",
                "/a\\b", "/a b", "/a\nb", "/a\tb", "/" + "x".repeat(500))) {
            assertThat(NoticeRules.isPlatformPath(link)).as(link).isFalse();
        }
        assertThat(NoticeRules.isPlatformPath(null)).isFalse();
    }

    @Test
    void aSendersMistakeIsNamed() {
        assertThatThrownBy(() -> NoticeRules.check(Notice.of(0, "t", "k"), key -> true))
                .hasMessageContaining("recipient");
        assertThatThrownBy(() -> NoticeRules.check(Notice.of(1, " ", "k"), key -> true)).hasMessageContaining("topic");
        assertThatThrownBy(() -> NoticeRules.check(Notice.of(1, "t".repeat(65), "k"), key -> true))
                .hasMessageContaining("topic");
        assertThatThrownBy(() -> NoticeRules.check(Notice.of(1, "t", "k"), key -> !key.equals("k")))
                .hasMessageContaining("message key");
        assertThatThrownBy(() -> NoticeRules.check(Notice.of(1, "t", "k").once(" "), key -> true))
                .hasMessageContaining("dedupe key");
        assertThatThrownBy(() -> NoticeRules.check(Notice.of(1, "t", "k").linkedTo("http://x"), key -> true))
                .hasMessageContaining("platform path");
        // a topic the inbox cannot name is refused as a key the bundles do not have is
        assertThatThrownBy(() -> NoticeRules.check(Notice.of(1, "certificate.renewal", "k"), key -> key.equals("k")))
                .hasMessageContaining("topic").hasMessageContaining("notification.topic.certificate.renewal");
        NoticeRules.check(Notice.of(1, "training.reminder", "k", 3, "x").linkedTo("/classes/3").once("r-3"),
                key -> key.equals("k") || key.equals("notification.topic.training.reminder"));
    }

    @Test
    void aFailedEmailIsTriedAgainLaterEachTimeUntilItIsGivenUp() {
        MailRetry retry = new MailRetry(5, Duration.ofMinutes(1), Duration.ofMinutes(5));
        Instant now = Instant.parse("2026-11-30T08:00:00Z");

        assertThat(retry.next(1, now)).contains(now.plus(Duration.ofMinutes(1)));
        assertThat(retry.next(2, now)).contains(now.plus(Duration.ofMinutes(2)));
        assertThat(retry.next(3, now)).contains(now.plus(Duration.ofMinutes(4)));
        assertThat(retry.next(4, now)).as("never longer than the longest wait").contains(now.plus(Duration.ofMinutes(5)));
        assertThat(retry.next(5, now)).as("given up").isEmpty();
        assertThat(new MailRetry(1, Duration.ofMinutes(1), Duration.ofHours(1)).next(1, now)).isEmpty();
    }
}
