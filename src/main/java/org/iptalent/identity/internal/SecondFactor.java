package org.iptalent.identity.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;


import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.platform.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP enrolment and verification, and the single-use recovery codes that replace a lost phone.
 * The TOTP secret is encrypted at rest; recovery codes are stored only as hashes.
 */
@Component
public class SecondFactor {

    static final String ISSUER = "IPTalent";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RECOVERY_CODES = 10;

    private final UserAccounts users;
    private final FieldCipher cipher;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactor(UserAccounts users, FieldCipher cipher, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.users = users;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Confirms enrolment with a first code from the app; returns the recovery codes, shown once. */
    @Transactional
    public List<String> enrol(long userId, String secret, String code) {
        long step = Totp.matchingStep(secret, code, clock.instant());
        if (step < 0) {
            throw new org.iptalent.shared.BusinessRuleException("code", "mfa.codeWrong");
        }
        UserAccount user = users.findById(userId).orElseThrow();
        user.enrolSecondFactor(cipher.encrypt(secret));
        user.acceptStep(step);
        users.save(user);
        jdbc.update("delete from mfa_recovery_code where user_id = ?", userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = newRecoveryCode();
            codes.add(recovery);
            jdbc.update("insert into mfa_recovery_code (user_id, code_hash) values (?, ?)", userId, hash(recovery));
        }
        audit.record(AuditEvent.of(AuditAction.MFA_ENROLLED, "User", userId).region(user.getRegionCode()));
        return codes;
    }

    /** A code from the app, or an unused recovery code (which is then spent). */
    @Transactional
    public boolean verify(long userId, String code) {
        UserAccount user = users.findById(userId).orElseThrow();
        if (!user.isMfaEnabled() || code == null) {
            return false;
        }
        String trimmed = code.replace(" ", "").trim();
        long step = Totp.matchingStep(cipher.decrypt(user.getEncryptedMfaSecret()), trimmed, clock.instant());
        if (step > 0) {
            boolean fresh = user.acceptStep(step);
            users.save(user);
            return fresh;
        }
        String normalised = trimmed.toUpperCase(java.util.Locale.ROOT).replace("-", "");
        return jdbc.update("update mfa_recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null",
                Timestamp.from(clock.instant()), userId, hash(normalised)) == 1;
    }

    public boolean isEnabled(long userId) {
        return users.findById(userId).map(UserAccount::isMfaEnabled).orElse(false);
    }

    public int unusedRecoveryCodes(long userId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from mfa_recovery_code where user_id = ? and used_at is null", Integer.class, userId);
        return count == null ? 0 : count;
    }

    public static String otpauthUri(String username, String secret) {
        return Totp.otpauthUri(ISSUER, username, secret);
    }

    private static String newRecoveryCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    private static String hash(String recoveryCode) {
        try {
            String normalised = recoveryCode.toUpperCase(java.util.Locale.ROOT).replace("-", "");
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
