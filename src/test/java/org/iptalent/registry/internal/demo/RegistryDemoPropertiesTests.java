package org.iptalent.registry.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The registry sizes its own demo data ({@code iptalent.registry.demo.talents}); {@code iptalent.demo.talents},
 * the name it had when the demo module held every demo setting, still works.
 */
class RegistryDemoPropertiesTests {

    @Test
    void twentyThousandTalentsByDefault() throws IOException {
        assertThat(talents(Map.of())).isEqualTo(20_000);
        assertThat(new Binder().bindOrCreate("iptalent.registry.demo", RegistryDemoProperties.class).talents())
                .isEqualTo(20_000);
    }

    @Test
    void theRegistrysOwnSettingSizesIt() throws IOException {
        assertThat(talents(Map.of("iptalent.registry.demo.talents", "0"))).isZero();
        assertThat(talents(Map.of("iptalent.registry.demo.talents", "500", "iptalent.demo.talents", "1000000")))
                .isEqualTo(500);
    }

    @Test
    void theFormerSharedSettingStillWorks() throws IOException {
        assertThat(talents(Map.of("iptalent.demo.talents", "1000000"))).isEqualTo(1_000_000);
    }

    /** As the application binds it: the operator's settings before application.properties. */
    private static int talents(Map<String, Object> operator) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", operator));
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        return Binder.get(environment).bindOrCreate("iptalent.registry.demo", RegistryDemoProperties.class).talents();
    }
}
