package org.iptalent.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL started inside the JVM when {@code spring.datasource.url} is not set.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port          0 picks a free port at every start
 * @param database      created on first start
 */
@ConfigurationProperties("iptalent.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("iptalent") String database) {
}
