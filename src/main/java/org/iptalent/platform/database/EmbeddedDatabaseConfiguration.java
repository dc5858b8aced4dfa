package org.iptalent.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 from the JVM, before the DataSource, when no external database is
 * configured; stops it on shutdown. Production sets {@code SPRING_DATASOURCE_URL} and this stays off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory().toAbsolutePath())
                .setCleanDataDirectory(false)
                .setPort(properties.port())
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100")
                // PostgreSQL's defaults (128 MB of buffers, a checkpoint every 1 GB of WAL) suit a small
                // server; a 1M-row import writes about 3 GB of WAL and churns the identity index's pages
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .start();
        createDatabaseIfMissing(postgres, properties.database());
        log.info("Embedded PostgreSQL running on port {} with data in {} (database '{}')",
                postgres.getPort(), properties.dataDirectory().toAbsolutePath(), properties.database());
        return postgres;
    }

    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker() {
        return new EmbeddedDatabaseMarker();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("iptalent-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
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
}
