package org.iptalent.registry.internal;

import java.util.Set;

import org.iptalent.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param unmaskedExportRoles roles that may export identity numbers and phone numbers in clear (with a reason)
 * @param maxExportRows       the most rows one export writes
 */
@ConfigurationProperties("iptalent.registry")
public record RegistryProperties(@DefaultValue({"NATIONAL_ADMIN", "PROVINCIAL_ADMIN"}) Set<Role> unmaskedExportRoles,
        @DefaultValue("1000000") int maxExportRows) {
}
