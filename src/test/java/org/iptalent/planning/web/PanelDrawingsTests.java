package org.iptalent.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.iptalent.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The home page's panel is drawn once per region and language while fresh, and again once it is not. */
class PanelDrawingsTests {

    @Test
    void aDrawingServesItsRegionAndLanguageWhileFresh() {
        MutableClock clock = new MutableClock();
        PanelDrawings drawings = new PanelDrawings(null, null, null, clock, Duration.ofSeconds(30));
        AtomicInteger drawn = new AtomicInteger();
        assertThat(drawings.html("440000", Locale.SIMPLIFIED_CHINESE, () -> "广东" + drawn.incrementAndGet()))
                .isEqualTo("广东1");
        clock.advance(Duration.ofSeconds(29));
        assertThat(drawings.html("440000", Locale.SIMPLIFIED_CHINESE, () -> "广东" + drawn.incrementAndGet()))
                .as("still fresh").isEqualTo("广东1");
        assertThat(drawings.html("440000", Locale.ENGLISH, () -> "Guangdong" + drawn.incrementAndGet()))
                .as("another language").isEqualTo("Guangdong2");
        assertThat(drawings.html("320000", Locale.SIMPLIFIED_CHINESE, () -> "江苏" + drawn.incrementAndGet()))
                .as("another region").isEqualTo("江苏3");
        clock.advance(Duration.ofSeconds(1));
        assertThat(drawings.html("440000", Locale.SIMPLIFIED_CHINESE, () -> "广东" + drawn.incrementAndGet()))
                .as("30 seconds on").isEqualTo("广东4");
    }
}
