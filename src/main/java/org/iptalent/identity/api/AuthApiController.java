package org.iptalent.identity.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.iptalent.identity.SecurityProperties;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.identity.internal.LoginAttempts;
import org.iptalent.identity.internal.PasswordChanges;
import org.iptalent.identity.internal.PasswordPolicy;
import org.iptalent.platform.ApiProblem;
import org.iptalent.shared.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens from a user name and password, and the password change a new account must make first. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthApiController {

    record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
            @Size(max = 100) String name) {
    }

    record TokenResponse(String token, String tokenType, Instant expiresAt) {
    }

    record PasswordChangeRequest(@NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {
    }

    private final LoginAttempts attempts;
    private final ApiTokens tokens;
    private final PasswordChanges passwords;
    private final PasswordPolicy policy;
    private final SecurityProperties properties;

    AuthApiController(LoginAttempts attempts, ApiTokens tokens, PasswordChanges passwords, PasswordPolicy policy,
            SecurityProperties properties) {
        this.attempts = attempts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.properties = properties;
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a bearer token", description = "Accounts whose role requires a second factor create "
            + "tokens on their account page after signing in with it.")
    @SecurityRequirements // public, as the API filter chain permits it
    @ApiProblem(status = 401, description = "Wrong user name or password, or an account that cannot sign in now "
            + "(locked after repeated failures, disabled): the same answer for each.")
    @ApiProblem(status = 403, description = "The account must first change its initial or expired password (POST "
            + "/api/v1/auth/password), or its role needs a second factor: create the token on the My account page.")
    TokenResponse createToken(@Valid @RequestBody TokenRequest request) {
        var user = attempts.authenticate(request.username(), request.password());
        var account = AccountState.of(user, policy);
        if (account.mustChangePassword()) {
            throw new AccessDeniedException("token.passwordChangeRequired");
        }
        if (properties.mfaRequiredFor(user.getRoles()) || account.secondFactor()) {
            throw new AccessDeniedException("token.secondFactorRequired");
        }
        var issued = tokens.issue(user.getId(), request.name());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change a password", description = "Also for an initial password that must be changed "
            + "before a token can be created.")
    @SecurityRequirements // public, as the API filter chain permits it
    @ApiProblem(status = 400, description = "A missing field, or a new password that breaks the password policy "
            + "(listed under errors).")
    @ApiProblem(status = 401, description = "Wrong user name or current password, or an account that cannot sign "
            + "in now (locked after repeated failures, disabled).")
    void changePassword(@Valid @RequestBody PasswordChangeRequest request) {
        var user = attempts.authenticate(request.username(), request.currentPassword());
        passwords.change(user.getId(), request.currentPassword(), request.newPassword());
    }
}
