package org.iptalent.identity.internal;

import java.security.SecureRandom;
import java.util.EnumSet;

import org.iptalent.identity.NewUser;
import org.iptalent.identity.SecurityProperties;
import org.iptalent.identity.UserManagement;
import org.iptalent.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start, with no account at all, creates {@code admin}, the security administrator. Its
 * password is {@code IPTALENT_ADMIN_PASSWORD} when the operator set one (no forced change: the
 * operator chose it), or a random one printed once to the log and changed at first login.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts accounts;
    private final UserManagement users;
    private final PasswordPolicy policy;
    private final SecurityProperties properties;

    AdminBootstrap(UserAccounts accounts, UserManagement users, PasswordPolicy policy, SecurityProperties properties) {
        this.accounts = accounts;
        this.users = users;
        this.policy = policy;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String configured = properties.adminPassword();
        boolean chosen = configured != null && !configured.isBlank();
        String password = chosen ? configured : randomPassword();
        if (chosen && !policy.violations(password, "admin").isEmpty()) {
            throw new IllegalStateException("IPTALENT_ADMIN_PASSWORD does not meet the password policy ("
                    + policy.profile().name().toLowerCase() + "): " + policy.violations(password, "admin"));
        }
        users.createSystemAccount(new NewUser("admin", "系统安全管理员", password, EnumSet.of(Role.SECURITY_ADMIN), null),
                !chosen);
        if (chosen) {
            log.info("Created the security administrator 'admin' with the password from IPTALENT_ADMIN_PASSWORD");
        } else {
            log.warn("""

                    ==================================================================
                      First start: created the security administrator
                        user name: admin
                        password:  {}
                      It is shown only this once and must be changed at first login.
                    ==================================================================""", password);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        String[] classes = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "!#%+-=?@"};
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            String pool = classes[i % classes.length];
            password.append(pool.charAt(random.nextInt(pool.length())));
        }
        for (int i = password.length() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char c = password.charAt(i);
            password.setCharAt(i, password.charAt(j));
            password.setCharAt(j, c);
        }
        return password.toString();
    }
}
