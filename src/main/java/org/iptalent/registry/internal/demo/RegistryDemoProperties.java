package org.iptalent.registry.internal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The registry's part of the demo dataset. application.properties fills {@code talents} from
 * {@code iptalent.demo.talents}, its name before each module had its own demo settings, when only that is set.
 *
 * @param talents how many talents the demo registry holds (up to 1,000,000 for benchmarks; 0 for none)
 */
@ConfigurationProperties("iptalent.registry.demo")
public record RegistryDemoProperties(@DefaultValue("20000") int talents) {
}
