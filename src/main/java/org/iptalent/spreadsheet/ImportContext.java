package org.iptalent.spreadsheet;

import java.sql.Connection;
import java.util.Locale;

import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one import runs with. {@code transaction} and {@code connection} are the import's own transaction:
 * whatever the merge writes there becomes visible with the whole file or not at all.
 *
 * @param scope          the uploader's region scope: rows outside it are refused
 * @param locale         the uploader's language, for messages
 * @param updateExisting whether a row for a record that exists updates it or is left alone
 */
public record ImportContext(long jobId, RegionScope scope, Locale locale, boolean updateExisting,
        JdbcTemplate transaction, Connection connection) {
}
