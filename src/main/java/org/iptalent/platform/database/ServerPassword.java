package org.iptalent.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's superuser password: 32 random bytes, generated on first start and kept in a file of the
 * data directory that only its owner may read (PostgreSQL ignores extra files there, and the directory is 0700).
 */
final class ServerPassword {

    static final String FILE_NAME = "iptalent-superuser.password";

    private static final Logger log = LoggerFactory.getLogger(ServerPassword.class);
    private static final Pattern GENERATED = Pattern.compile("[A-Za-z0-9_-]{32,}");

    private final Path file;
    private final String value;

    private ServerPassword(Path file, String value) {
        this.file = file;
        this.value = value;
    }

    /**
     * The stored password, or a new one. A new one is stored by {@link #storeIfMissing()} only after initdb, which
     * refuses a data directory that is not empty.
     */
    static ServerPassword readOrGenerate(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return new ServerPassword(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        }
        String value = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!GENERATED.matcher(value).matches()) {
            throw new IllegalStateException(file + " does not hold a generated password");
        }
        if (OwnerOnlyFile.restrict(file)) {
            log.warn("{} was readable by others; it is 0600 again", file);
        }
        return new ServerPassword(file, value);
    }

    String value() {
        return value;
    }

    Path file() {
        return file;
    }

    boolean isStored() {
        return Files.exists(file);
    }

    void storeIfMissing() throws IOException {
        if (!isStored()) {
            OwnerOnlyFile.write(file, value + "\n");
        }
    }
}
