package org.iptalent.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.iptalent.shared.Role;

/** The account form's fields, as posted. */
class UserForm {

    @NotBlank
    @Size(min = 3, max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}")
    private String username;
    @Size(max = 100)
    private String displayName;
    @Size(max = 128)
    private String password;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String regionCode;
    private boolean enabled = true;
    private long version;
    /** A new address for notices; blank keeps the one on record (shown masked) unless removeEmail. */
    @Size(max = 254)
    private String email;
    private boolean removeEmail;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isRemoveEmail() {
        return removeEmail;
    }

    public void setRemoveEmail(boolean removeEmail) {
        this.removeEmail = removeEmail;
    }
}
