package org.iptalent.identity;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.iptalent.shared.Role;

/**
 * A request to create an account. The initial password must be changed at first login.
 *
 * @param email the address the user's notices are e-mailed to, or null (the user may give one later)
 */
public record NewUser(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{user.username.pattern}")
        String username,
        @Size(max = 100) String displayName,
        @NotBlank @Size(max = 128) String password,
        @NotEmpty Set<Role> roles,
        @Pattern(regexp = "\\d{6}", message = "{user.region.pattern}") String regionCode,
        @Size(max = 254) String email) {

    /** An account without an e-mail address. */
    public NewUser(String username, String displayName, String password, Set<Role> roles, String regionCode) {
        this(username, displayName, password, roles, regionCode, null);
    }
}
