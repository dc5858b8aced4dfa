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
 * @param subject        the record the file belongs to ({@link ImportSubject#id()}), null for a kind without one;
 *                       {@code scope} is then the subject's region
 * @param uploaderId     the account that uploaded the file, for records that name who wrote them
 */
public record ImportContext(long jobId, RegionScope scope, Locale locale, boolean updateExisting,
        JdbcTemplate transaction, Connection connection, Long subject, long uploaderId) {

    /** The context of a kind without subjects, that names no uploader in its records. */
    public ImportContext(long jobId, RegionScope scope, Locale locale, boolean updateExisting,
            JdbcTemplate transaction, Connection connection) {
        this(jobId, scope, locale, updateExisting, transaction, connection, null, 0);
    }
}
