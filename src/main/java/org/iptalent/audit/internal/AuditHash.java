package org.iptalent.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 over the previous hash and every stored field, each length-prefixed so
 * that no two different entries serialise alike. The detail message (key and arguments, added in V13) is
 * appended only when the entry has one: entries written before it hash as they always did, and an entry with
 * a message cannot pass for one without (its serialisation is longer).
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String prevHash, long id, Instant occurredAt, String actor, Long actorId, String sourceIp,
            String action, String entityType, String entityId, String regionCode, String changes, String detail,
            String detailKey, String detailArgs) {
        StringBuilder text = new StringBuilder(256);
        Object[] fields = {prevHash, id, ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt), actor, actorId,
            sourceIp, action, entityType, entityId, regionCode, changes, detail};
        if (detailKey != null || detailArgs != null) {
            fields = java.util.Arrays.copyOf(fields, fields.length + 2);
            fields[fields.length - 2] = detailKey;
            fields[fields.length - 1] = detailArgs;
        }
        for (Object field : fields) {
            if (field == null) {
                text.append("-1:");
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value);
            }
            text.append('|');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
