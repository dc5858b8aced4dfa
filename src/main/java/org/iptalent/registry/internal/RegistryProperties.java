package org.iptalent.registry.internal;

import java.time.Duration;
import java.util.Set;

import org.iptalent.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param unmaskedExportRoles roles that may export identity numbers and phone numbers in clear (with a reason)
 * @param maxExportRows       the most rows one export writes
 * @param searchConcurrency   how many searches run at once (0: one per core); the others wait in line
 * @param searchMaxWait       how long a search waits in line before it is refused as busy
 */
@ConfigurationProperties("iptalent.registry")
public record RegistryProperties(@DefaultValue({"NATIONAL_ADMIN", "PROVINCIAL_ADMIN"}) Set<Role> unmaskedExportRoles,
        @DefaultValue("1000000") int maxExportRows, @DefaultValue("0") int searchConcurrency,
        @DefaultValue("10s") Duration searchMaxWait) {
}
