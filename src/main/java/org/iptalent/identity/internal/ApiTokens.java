package org.iptalent.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.identity.SecurityProperties;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Bearer tokens for the API: random, shown once, stored only as a SHA-256 hash, expiring, revocable. */
@Component
public class ApiTokens {

    public record IssuedToken(long id, String token, Instant expiresAt) {
    }

    public record TokenInfo(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
            Instant lastUsedAt) {
        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private record Owner(long userId, Instant expires) {
    }

    private final JdbcTemplate jdbc;
    private final UserAccounts users;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration validity;
    private final CheckedTokens checked;

    ApiTokens(JdbcTemplate jdbc, UserAccounts users, AuditLog audit, Clock clock, SecurityProperties properties,
            CheckedTokens checked) {
        this.checked = checked;
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.validity = properties.tokenValidity();
    }

    @Transactional
    public IssuedToken issue(long userId, String name) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = "ipt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        String label = name == null || name.isBlank() ? "API" : name.strip();
        Long id = jdbc.queryForObject("""
                insert into api_token (user_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?)
                returning id""", Long.class, userId, label.length() > 100 ? label.substring(0, 100) : label,
                hash(token), Timestamp.from(now), Timestamp.from(expires));
        audit.record(AuditEvent.of(AuditAction.TOKEN_CREATED, "ApiToken", id)
                .message("audit.detail.tokenOwner", String.valueOf(userId)));
        return new IssuedToken(id, token, expires);
    }

    public List<TokenInfo> of(long userId) {
        return jdbc.query("""
                select id, name, created_at, expires_at, revoked_at, last_used_at from api_token
                where user_id = ? order by created_at desc""", (rs, i) -> new TokenInfo(rs.getLong("id"),
                rs.getString("name"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at"))), userId);
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        int updated = jdbc.update("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null",
                Timestamp.from(clock.instant()), tokenId, userId);
        if (updated == 0) {
            throw new RecordNotFoundException("ApiToken", tokenId);
        }
        checked.forget();
        audit.record(AuditEvent.of(AuditAction.TOKEN_REVOKED, "ApiToken", tokenId)
                .message("audit.detail.tokenOwner", String.valueOf(userId)));
    }

    /**
     * The account a live token belongs to, when it is enabled and not locked. A read: the time of last
     * use is written at most once a minute, so API traffic does not turn every request into a write.
     */
    public Optional<UserAccount> authenticate(String token) {
        if (token == null || !token.startsWith("ipt_") || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(token);
        UserAccount known = checked.get(hash, now);
        if (known != null) {
            return Optional.of(known);
        }
        List<Owner> owners = jdbc.query("""
                select user_id, expires_at from api_token where token_hash = ? and revoked_at is null
                  and expires_at > ?""", (rs, i) -> new Owner(rs.getLong(1), rs.getTimestamp(2).toInstant()),
                hash, Timestamp.from(now));
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("""
                update api_token set last_used_at = ? where token_hash = ?
                  and (last_used_at is null or last_used_at < ?)""", Timestamp.from(now), hash,
                Timestamp.from(now.minusSeconds(60)));
        Owner owner = owners.get(0);
        Optional<UserAccount> user = users.findById(owner.userId()).filter(u -> u.isEnabled() && !u.isLocked(now));
        user.ifPresent(u -> checked.put(hash, u, now, owner.expires()));
        return user;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
