package org.iptalent.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/** The renderer warms up unless told not to, by {@code iptalent.pdf.warm-up} or its certificate-only former name. */
class PdfPropertiesTests {

    @Test
    void theRendererWarmsUpByDefault() throws IOException {
        assertThat(warmUp(Map.of())).isTrue();
    }

    @Test
    void thePlatformsSettingOrItsFormerNameTurnsItOff() throws IOException {
        assertThat(warmUp(Map.of("iptalent.pdf.warm-up", "false"))).isFalse();
        assertThat(warmUp(Map.of("iptalent.certificate.pdf.warm-up", "false"))).isFalse();
        assertThat(warmUp(Map.of("iptalent.pdf.warm-up", "true", "iptalent.certificate.pdf.warm-up", "false")))
                .isTrue();
    }

    /** As the application binds it: the operator's settings before application.properties. */
    private static boolean warmUp(Map<String, Object> operator) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", operator));
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        return Binder.get(environment).bindOrCreate("iptalent.pdf", PdfProperties.class).warmUp();
    }
}
