package org.iptalent.platform.database;

import java.io.IOException;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
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
    EmbeddedServer embeddedServer(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
        EmbeddedServer server = EmbeddedServer.start(properties);
        server.createDatabaseIfMissing(properties.database());
        log.info("Embedded PostgreSQL running on port {} with data in {} (database '{}')",
                server.port(), properties.dataDirectory().toAbsolutePath(), properties.database());
        return server;
    }

    @Bean
    EmbeddedDatabaseMarker embeddedDatabaseMarker() {
        return new EmbeddedDatabaseMarker();
    }

    @Bean
    DataSource dataSource(EmbeddedServer server, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
        dataSource.setUsername(EmbeddedServer.SUPERUSER);
        dataSource.setPassword(server.password());
        dataSource.setPoolName("iptalent-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
