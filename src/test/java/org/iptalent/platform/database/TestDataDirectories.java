package org.iptalent.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.FileSystemUtils;

/** Data directories of the embedded-database tests: fresh under target/, removed afterwards. */
final class TestDataDirectories {

    private TestDataDirectories() {
    }

    static Path fresh(String name) throws IOException {
        Path directory = Path.of("target", "test-data", name + "-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(directory.getParent());
        return directory;
    }

    /** The properties a user gets: only the data directory set, everything else at its default. */
    static EmbeddedDatabaseProperties defaults(Path dataDirectory) {
        return bind(Map.of("iptalent.embedded-db.data-directory", dataDirectory.toString()));
    }

    static EmbeddedDatabaseProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("iptalent.embedded-db", EmbeddedDatabaseProperties.class);
    }

    static void delete(Path directory) throws IOException {
        if (directory != null) {
            FileSystemUtils.deleteRecursively(directory);
        }
    }
}
