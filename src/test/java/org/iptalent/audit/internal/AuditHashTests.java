package org.iptalent.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** Entries written before detail messages existed keep their hashes; a message is covered by the hash. */
class AuditHashTests {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00.123456Z");

    @Test
    void anEntryWithoutAMessageHashesAsBeforeTheMessageColumns() throws Exception {
        String before = sha256("0".repeat(64).length() + ":" + "0".repeat(64) + "|1:7|16:" + 1772352000123456L
                + "|5:alice|2:42|9:127.0.0.1|6:EXPORT|6:Talent|-1:|-1:|-1:|18:1,024 rows, masked|");
        assertThat(AuditHash.of("0".repeat(64), 7, AT, "alice", 42L, "127.0.0.1", "EXPORT", "Talent", null, null,
                null, "1,024 rows, masked", null, null)).isEqualTo(before);
    }

    @Test
    void theMessageKeyAndItsArgumentsAreHashed() {
        String plain = AuditHash.of("0".repeat(64), 7, AT, "alice", 42L, null, "EXPORT", "Talent", null, null, null,
                null, null, null);
        String keyed = AuditHash.of("0".repeat(64), 7, AT, "alice", 42L, null, "EXPORT", "Talent", null, null, null,
                null, "audit.detail.export", "[12]");
        String otherArgs = AuditHash.of("0".repeat(64), 7, AT, "alice", 42L, null, "EXPORT", "Talent", null, null,
                null, null, "audit.detail.export", "[13]");
        assertThat(keyed).isNotEqualTo(plain).isNotEqualTo(otherArgs);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
