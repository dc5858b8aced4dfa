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
 * @param durable       fsync, synchronous_commit and full_page_writes on, so a power cut or an OS crash loses no
 *                      committed work; only throwaway databases (tests, benchmarks) should turn it off
 */
@ConfigurationProperties("iptalent.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("iptalent") String database,
        @DefaultValue("true") boolean durable) {
}
