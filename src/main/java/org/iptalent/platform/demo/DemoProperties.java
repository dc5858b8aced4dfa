package org.iptalent.platform.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo settings every module shares; how much a module generates is its own setting (the registry's:
 * {@code iptalent.registry.demo.talents}).
 *
 * @param enabled  generate demo data at start-up when it is missing
 * @param force    also on an external database (never in production)
 * @param password the password of every demo account
 * @param seed     the random seed, so that two runs produce the same country
 */
@ConfigurationProperties("iptalent.demo")
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("false") boolean force,
        @DefaultValue("Demo#IPTalent2026") String password,
        @DefaultValue("20261124") long seed) {
}
