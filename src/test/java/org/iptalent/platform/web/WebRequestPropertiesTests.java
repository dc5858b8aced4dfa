package org.iptalent.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** {@code iptalent.web.*}: a body that is not an upload is 1 MB at most unless the operator says otherwise. */
class WebRequestPropertiesTests {

    @Test
    void aBodyIsOneMegabyteByDefault() {
        assertThat(bind(Map.of()).maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
    }

    @Test
    void theOperatorSetsTheLimitInAnyUnit() {
        assertThat(bind(Map.of("iptalent.web.max-body-size", "256KB")).maxBodySize())
                .isEqualTo(DataSize.ofKilobytes(256));
    }

    private static WebRequestProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("iptalent.web", WebRequestProperties.class);
    }
}
