package org.iptalent.registry.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param indexDirectory the Lucene index (Hibernate Search's {@code directory.root} is set from the same key in
 *                       application.properties); rebuilt at start-up when it disagrees with the database
 */
@ConfigurationProperties("iptalent.search")
public record SearchProperties(@DefaultValue("./data/index") Path indexDirectory) {
}
