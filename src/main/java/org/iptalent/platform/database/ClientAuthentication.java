package org.iptalent.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the {@code trust} rules initdb writes (anyone on the machine gets in as superuser, no password asked)
 * with SCRAM password authentication, on a new data directory and on one an older version left trusting.
 */
final class ClientAuthentication {

    static final String RULES = """
            # Written by IPTalent: every connection needs the superuser password kept in %s.
            # TYPE  DATABASE     USER  ADDRESS        METHOD
            local   all          all                  scram-sha-256
            host    all          all   127.0.0.1/32   scram-sha-256
            host    all          all   ::1/128        scram-sha-256
            local   replication  all                  scram-sha-256
            host    replication  all   127.0.0.1/32   scram-sha-256
            host    replication  all   ::1/128        scram-sha-256
            """.formatted(ServerPassword.FILE_NAME);

    private static final Logger log = LoggerFactory.getLogger(ClientAuthentication.class);
    private static final String SUPERUSER = "postgres";
    private static final long REFUSAL_WAIT_MILLIS = 10_000;

    private ClientAuthentication() {
    }

    /** True while any rule of pg_hba.conf trusts (and before initdb, which writes such rules). */
    static boolean trusts(Path dataDirectory) throws IOException {
        Path rules = dataDirectory.resolve("pg_hba.conf");
        if (!Files.exists(rules)) {
            return true;
        }
        return Files.readAllLines(rules, StandardCharsets.UTF_8).stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .anyMatch(line -> Arrays.asList(line.split("\\s+")).contains("trust"));
    }

    /**
     * Sets the superuser's password, rewrites pg_hba.conf to require it and reloads, on a running server that still
     * trusts. Safe to repeat: a crash half-way leaves a trusting file, and the next start does it all again.
     */
    static void requirePassword(EmbeddedPostgres postgres, Path dataDirectory, String password)
            throws IOException, SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            // the driver computes the SCRAM verifier, so the password itself never reaches the server or its logs
            connection.unwrap(PGConnection.class)
                    .alterUserPassword(SUPERUSER, password.toCharArray(), "scram-sha-256");
            Path rules = dataDirectory.resolve("pg_hba.conf");
            OwnerOnlyFile.write(rules, RULES);
            try (Statement statement = connection.createStatement()) {
                try (ResultSet errors = statement.executeQuery(
                        "select count(*) from pg_hba_file_rules where error is not null")) {
                    errors.next();
                    if (errors.getInt(1) > 0) {
                        throw new IllegalStateException("PostgreSQL rejects the rewritten " + rules);
                    }
                }
                statement.execute("select pg_reload_conf()");
            }
        }
        awaitRefusalWithoutPassword(postgres);
        log.info("Embedded PostgreSQL now requires the superuser password kept in {}",
                dataDirectory.resolve(ServerPassword.FILE_NAME));
    }

    /** pg_reload_conf() only signals the postmaster: wait until it really turns away a client without password. */
    private static void awaitRefusalWithoutPassword(EmbeddedPostgres postgres) throws SQLException {
        long deadline = System.currentTimeMillis() + REFUSAL_WAIT_MILLIS;
        while (true) {
            try (Connection ignored = postgres.getDatabase(SUPERUSER, "postgres", Map.of()).getConnection()) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the embedded PostgreSQL still accepts connections without password");
                }
            } catch (SQLException refused) {
                if (isAuthenticationFailure(refused)) {
                    return;
                }
                throw refused;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for pg_hba.conf to take effect", e);
            }
        }
    }

    /** 28xxx: invalid authorisation; 08004: the driver had no password to answer the server's SCRAM request. */
    static boolean isAuthenticationFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("28") || state.equals("08004"));
    }
}
