package org.iptalent.identity.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.Changes;
import org.iptalent.identity.NewUser;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration. Every method checks the signed-in administrator's rights here, not in the UI. */
@Service
class DefaultUserManagement implements UserManagement {

    private static final String ENTITY = "User";

    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final PasswordChanges passwords;
    private final PasswordHistory history;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;
    private final jakarta.validation.Validator validator;
    private final ContactDetails contacts;

    DefaultUserManagement(UserAccounts users, PasswordEncoder encoder, PasswordPolicy policy, PasswordChanges passwords,
            PasswordHistory history, ReferenceData reference, AuditLog audit, Clock clock,
            jakarta.validation.Validator validator, ContactDetails contacts) {
        this.validator = validator;
        this.contacts = contacts;
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.passwords = passwords;
        this.history = history;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UserSummary create(NewUser request) {
        CurrentUser actor = requireAdministrator();
        validate(request);
        String region = blankToNull(request.regionCode());
        checkRegionExists(region);
        GrantPolicy.checkGrant(actor, request.roles(), region);
        return insert(request, region, true).toSummary(clock.instant());
    }

    @Override
    @Transactional
    public UserSummary createSystemAccount(NewUser request, boolean mustChangePassword) {
        validate(request);
        String region = blankToNull(request.regionCode());
        checkRegionExists(region);
        GrantPolicy.checkRegionShape(request.roles(), region);
        return insert(request, region, mustChangePassword).toSummary(clock.instant());
    }

    @Override
    @Transactional
    public int provisionAccounts(java.util.List<NewUser> requests, String sharedPassword, boolean mustChangePassword) {
        String hash = encoder.encode(sharedPassword);
        int created = 0;
        for (NewUser request : requests) {
            String region = blankToNull(request.regionCode());
            checkRegionExists(region);
            GrantPolicy.checkRegionShape(request.roles(), region);
            if (users.findByUsername(UserAccount.normalise(request.username())).isEmpty()) {
                insert(request, region, mustChangePassword, sharedPassword, hash);
                created++;
            }
        }
        return created;
    }

    /** The same rules as the API's {@code @Valid}, for callers that come another way (pages, start-up). */
    private void validate(NewUser request) {
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            var first = violations.iterator().next();
            throw new BusinessRuleException(first.getPropertyPath().toString(), "problem.invalid");
        }
    }

    private UserAccount insert(NewUser request, String region, boolean mustChange) {
        return insert(request, region, mustChange, request.password(), null);
    }

    private UserAccount insert(NewUser request, String region, boolean mustChange, String password, String knownHash) {
        String username = UserAccount.normalise(request.username());
        if (users.findByUsername(username).isPresent()) {
            throw new BusinessRuleException("username", "user.username.taken", username);
        }
        var violations = policy.violations(password, username);
        if (!violations.isEmpty()) {
            throw new BusinessRuleException("password", violations.get(0));
        }
        String address = EmailAddresses.normalise("email", request.email());
        String hash = knownHash != null ? knownHash : encoder.encode(password);
        UserAccount account = users.save(new UserAccount(username, request.displayName(), hash,
                EnumSet.copyOf(request.roles()), region, mustChange, clock.instant()));
        history.add(account.getId(), hash, clock.instant());
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, account.getId()).region(region)
                .changes(Changes.of().field("username", null, username)
                        .field("displayName", null, account.getDisplayName())
                        .field("roles", null, sorted(account.getRoles()))
                        .field("regionCode", null, region)));
        audit.record(AuditEvent.of(AuditAction.PERMISSION_CHANGE, ENTITY, account.getId()).region(region)
                .changes(Changes.of().field("roles", null, sorted(account.getRoles()))));
        if (address != null) {
            contacts.change(account, address);
        }
        return account;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<UserSummary> find(String query, Pageable pageable) {
        CurrentUser actor = requireAdministrator();
        RegionScope scope = GrantPolicy.visibleAccounts(actor);
        Specification<UserAccount> spec = scope.isNational() ? Specification.unrestricted()
                : scope.specification("regionCode");
        if (query != null && !query.isBlank()) {
            String like = "%" + query.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, q, cb) -> cb.or(cb.like(root.get("username"), like, '\\'),
                    cb.like(cb.lower(root.get("displayName")), like, '\\')));
        }
        var now = clock.instant();
        return users.findAll(spec, pageable).map(u -> u.toSummary(now));
    }

    @Override
    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return visible(id).toSummary(clock.instant());
    }

    @Override
    @Transactional
    public UserSummary update(long id, long expectedVersion, String displayName, Set<Role> roles, String regionCode,
            boolean enabled) {
        return update(id, expectedVersion, displayName, roles, regionCode, enabled, null, false);
    }

    @Override
    @Transactional
    public UserSummary update(long id, long expectedVersion, String displayName, Set<Role> roles, String regionCode,
            boolean enabled, String email, boolean removeEmail) {
        CurrentUser actor = requireAdministrator();
        String address = EmailAddresses.normalise("email", email);
        UserAccount account = visible(id);
        GrantPolicy.checkManage(actor, account);
        if (account.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        String region = blankToNull(regionCode);
        checkRegionExists(region);
        GrantPolicy.checkGrant(actor, roles, region);
        Set<Role> oldRoles = account.getRoles();
        Changes changes = Changes.of().field("displayName", account.getDisplayName(), displayName)
                .field("roles", sorted(oldRoles), sorted(roles))
                .field("regionCode", account.getRegionCode(), region)
                .field("enabled", account.isEnabled(), enabled);
        account.update(displayName, roles, region, enabled);
        if (address != null || removeEmail) {
            contacts.change(account, address);
        }
        users.saveAndFlush(account);
        if (!changes.isEmpty()) {
            audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(region).changes(changes));
        }
        if (!oldRoles.equals(Set.copyOf(roles))) {
            audit.record(AuditEvent.of(AuditAction.PERMISSION_CHANGE, ENTITY, id).region(region)
                    .changes(Changes.of().field("roles", sorted(oldRoles), sorted(roles))));
        }
        return account.toSummary(clock.instant());
    }

    @Override
    @Transactional
    public void resetPassword(long id, String initialPassword) {
        CurrentUser actor = requireAdministrator();
        UserAccount account = visible(id);
        GrantPolicy.checkManage(actor, account);
        passwords.apply(account, initialPassword, true);
    }

    @Override
    @Transactional
    public void resetSecondFactor(long id) {
        CurrentUser actor = requireAdministrator();
        UserAccount account = visible(id);
        GrantPolicy.checkManage(actor, account);
        account.resetSecondFactor();
        users.save(account);
        audit.record(AuditEvent.of(AuditAction.MFA_RESET, ENTITY, id).region(account.getRegionCode()));
    }

    @Override
    public RegionScope manageableRegion() {
        return GrantPolicy.visibleAccounts(requireAdministrator());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(UserAccount.normalise(username)).map(u -> u.toSummary(clock.instant()));
    }

    /** The account when the administrator may see it; otherwise not found, never "forbidden". */
    private UserAccount visible(long id) {
        CurrentUser actor = requireAdministrator();
        RegionScope scope = GrantPolicy.visibleAccounts(actor);
        UserAccount account = users.findById(id).orElse(null);
        if (account == null || !scope.includes(account.getRegionCode())) {
            throw new org.iptalent.shared.RecordNotFoundException(ENTITY, id);
        }
        return account;
    }

    private static CurrentUser requireAdministrator() {
        CurrentUser actor = CurrentUser.require();
        if (!GrantPolicy.isAdministrator(actor)) {
            throw new AccessDeniedException("user.notAdministrator");
        }
        return actor;
    }

    private void checkRegionExists(String region) {
        reference.checkRegion("regionCode", region).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
    }

    private static String sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().reduce((a, b) -> a + "," + b).orElse("");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
