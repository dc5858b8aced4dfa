package org.iptalent.platform.crypto;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param key     the 32-byte field-encryption key, base64 ({@code IPTALENT_CRYPTO_KEY}); required in production
 * @param keyFile where a development key is generated and kept when no key is configured
 */
@ConfigurationProperties("iptalent.crypto")
public record CryptoProperties(String key, @DefaultValue("./data/field-encryption.key") Path keyFile) {
}
