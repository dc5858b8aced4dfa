package org.iptalent.spreadsheet.internal;

import java.util.Set;

import org.iptalent.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param unmaskedRoles roles that may export identity numbers, phones and e-mails in clear (with a reason)
 * @param maxRows       the most rows one export writes
 */
@ConfigurationProperties("iptalent.export")
record ExportProperties(@DefaultValue({"NATIONAL_ADMIN", "PROVINCIAL_ADMIN"}) Set<Role> unmaskedRoles,
        @DefaultValue("1000000") int maxRows) {
}
