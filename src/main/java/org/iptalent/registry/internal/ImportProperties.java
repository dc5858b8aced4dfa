package org.iptalent.registry.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param directory   where uploaded files and error reports are kept
 * @param maxFileSize the largest upload accepted
 * @param maxRows     the most data rows one file may hold
 */
@ConfigurationProperties("iptalent.import")
public record ImportProperties(@DefaultValue("./data/imports") Path directory,
        @DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("1000000") int maxRows) {
}
