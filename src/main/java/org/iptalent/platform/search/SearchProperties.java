package org.iptalent.platform.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's search settings, shared by every module's index.
 *
 * @param indexDirectory the Lucene indexes (Hibernate Search's {@code directory.root} is set from the same key in
 *                       application.properties); a module keeps its index's markers here too
 * @param concurrency    how many searches run at once, across all modules (0: one per core); the others wait
 *                       in line
 * @param maxWait        how long a search waits in line before it is refused as busy
 */
@ConfigurationProperties("iptalent.search")
public record SearchProperties(@DefaultValue("./data/index") Path indexDirectory, @DefaultValue("0") int concurrency,
        @DefaultValue("10s") Duration maxWait) {
}
