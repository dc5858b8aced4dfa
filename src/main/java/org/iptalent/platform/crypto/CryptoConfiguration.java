package org.iptalent.platform.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.iptalent.platform.EmbeddedDatabase;
import org.iptalent.platform.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    /**
     * The configured key; on the embedded database only, a generated one kept beside the data, so
     * that a development platform starts with nothing to configure. A production database without a
     * configured key refuses to start rather than encrypt with a key nobody keeps.
     */
    @Bean
    FieldCipher fieldCipher(CryptoProperties properties, EmbeddedDatabase embedded) throws IOException {
        if (properties.key() != null && !properties.key().isBlank()) {
            return new FieldCipher(Base64.getDecoder().decode(properties.key().trim()));
        }
        if (!embedded.isActive()) {
            throw new IllegalStateException("set IPTALENT_CRYPTO_KEY (32 bytes, base64) to run on an external database");
        }
        if (!Files.exists(properties.keyFile())) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(properties.keyFile().toAbsolutePath().getParent());
            Files.writeString(properties.keyFile(), Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(properties.keyFile(), PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn("Generated a development field-encryption key in {}", properties.keyFile().toAbsolutePath());
        }
        return new FieldCipher(Base64.getDecoder().decode(Files.readString(properties.keyFile()).trim()));
    }
}
