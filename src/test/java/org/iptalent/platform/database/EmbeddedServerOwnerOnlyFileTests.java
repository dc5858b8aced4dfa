package org.iptalent.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files of the data directory that hold the password and the rules requiring it: written whole, 0600, and their
 * renames forced to disk, so a power cut cannot keep a pg_hba.conf that requires a password file it lost.
 */
class EmbeddedServerOwnerOnlyFileTests {

    private Path directory;

    @AfterEach
    void removeData() throws Exception {
        TestDataDirectories.delete(directory);
    }

    @Test
    void aFileIsReplacedWholeAndPrivately() throws Exception {
        directory = Files.createDirectories(TestDataDirectories.fresh("owner-only"));
        Path file = directory.resolve("pg_hba.conf");
        Files.writeString(file, "local all all trust\n");

        OwnerOnlyFile.write(file, "local all all scram-sha-256\n");

        assertThat(Files.readString(file)).isEqualTo("local all all scram-sha-256\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var entries = Files.list(directory)) {
            assertThat(entries).containsExactly(file);
        }
    }

    /** What write() does after its rename: on Linux, a directory opens for reading and fsync works on it. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void theDirectoryOfARenamedFileIsForcedToDisk() throws Exception {
        directory = Files.createDirectories(TestDataDirectories.fresh("owner-only-sync"));
        assertThat(OwnerOnlyFile.syncDirectory(directory)).isTrue();
        assertThat(OwnerOnlyFile.syncDirectory(directory.resolve("missing"))).as("failures are reported, not thrown")
                .isFalse();
    }
}
