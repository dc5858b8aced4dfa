package org.iptalent.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScoped;
import org.iptalent.shared.Role;

/** An account. User names are stored lower-case: {@code Zhang.San} and {@code zhang.san} are one account. */
@Entity
@Table(name = "app_user")
@jakarta.persistence.EntityListeners(AccountChanges.class)
public class UserAccount extends AbstractEntity implements RegionScoped {

    private String username;
    private String displayName;
    private String passwordHash;
    private String regionCode;
    private boolean enabled = true;
    private boolean mustChangePassword = true;
    private Instant passwordChangedAt;
    private int failedAttempts;
    private Instant lockedUntil;
    @Column(name = "mfa_secret")
    private String encryptedMfaSecret;
    private boolean mfaEnabled;
    private long mfaLastStep;
    private int securityStamp;
    private Instant lastLoginAt;
    /** The address notices are e-mailed to, encrypted ({@code FieldCipher}); its masked form for display. */
    private String emailCipher;
    private String emailMasked;
    /** The language of the user's e-mails (a BCP 47 tag); null: Chinese. */
    private String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, String regionCode,
            boolean mustChangePassword, Instant now) {
        this.username = normalise(username);
        this.displayName = displayName == null || displayName.isBlank() ? this.username : displayName.trim();
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.regionCode = regionCode;
        this.mustChangePassword = mustChangePassword;
        this.passwordChangedAt = now;
    }

    static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; returns true when this failure locks the account. */
    boolean recordFailure(int maxFailures, Duration lockout, Instant now) {
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            failedAttempts = 0;
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    void recordSuccess(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void changePassword(String newHash, boolean mustChange, Instant now) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        endSessions();
    }

    void enrolSecondFactor(String encryptedSecret) {
        this.encryptedMfaSecret = encryptedSecret;
        this.mfaEnabled = true;
    }

    /** Accepts a TOTP time step once: a code seen before (or an older one) is a replay. */
    boolean acceptStep(long step) {
        if (step <= mfaLastStep) {
            return false;
        }
        mfaLastStep = step;
        return true;
    }

    void resetSecondFactor() {
        this.encryptedMfaSecret = null;
        this.mfaEnabled = false;
        this.mfaLastStep = 0;
        endSessions();
    }

    void update(String displayName, Set<Role> roles, String regionCode, boolean enabled) {
        boolean endSessions = !this.roles.equals(roles) || this.enabled != enabled
                || !java.util.Objects.equals(this.regionCode, regionCode);
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName.trim();
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.regionCode = regionCode;
        this.enabled = enabled;
        if (endSessions) {
            endSessions();
        }
    }

    /** Sets (or, with nulls, removes) the address notices are e-mailed to. */
    void changeEmail(String cipher, String masked) {
        if ((cipher == null) != (masked == null)) {
            throw new IllegalArgumentException("an address is stored encrypted and masked, or not at all");
        }
        this.emailCipher = cipher;
        this.emailMasked = masked;
    }

    void changeLanguage(String languageTag) {
        this.language = languageTag;
    }

    /** Every open session and token check compares this stamp: bumping it signs the user out everywhere. */
    void endSessions() {
        securityStamp++;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(getId(), username, displayName, roles, regionCode);
    }

    UserSummary toSummary(Instant now) {
        return new UserSummary(getId(), username, displayName, Set.copyOf(roles), regionCode, enabled, isLocked(now),
                mfaEnabled, lastLoginAt, getVersion(), emailMasked);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** An initial password, or one the policy says has expired. */
    public boolean mustChangePasswordNow(PasswordPolicy policy, Instant now) {
        return mustChangePassword || policy.isExpired(passwordChangedAt, now);
    }

    boolean isMustChangePassword() {
        return mustChangePassword;
    }

    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    String getEncryptedMfaSecret() {
        return encryptedMfaSecret;
    }

    public boolean hasSecondFactor() {
        return mfaEnabled;
    }

    boolean isMfaEnabled() {
        return mfaEnabled;
    }

    int getSecurityStamp() {
        return securityStamp;
    }

    String getEmailCipher() {
        return emailCipher;
    }

    public String getEmailMasked() {
        return emailMasked;
    }

    String getLanguage() {
        return language;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
