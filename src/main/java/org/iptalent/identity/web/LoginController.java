package org.iptalent.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.iptalent.identity.internal.LoginAttempts;
import org.iptalent.identity.internal.LoginFlow;
import org.iptalent.identity.internal.LoginStep;
import org.iptalent.identity.internal.PasswordChanges;
import org.iptalent.identity.internal.PasswordPolicy;
import org.iptalent.identity.internal.PendingLogin;
import org.iptalent.identity.internal.SecondFactor;
import org.iptalent.identity.internal.Totp;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page and the steps after the password: second factor, password change, enrolment. */
@Controller
class LoginController {

    private static final String ENROLMENT_SECRET = "iptalent.enrolmentSecret";
    private static final String RECOVERY_CODES = "iptalent.recoveryCodes";

    private final LoginFlow flow;
    private final SecondFactor secondFactor;
    private final LoginAttempts attempts;
    private final PasswordChanges passwords;
    private final PasswordPolicy policy;

    LoginController(LoginFlow flow, SecondFactor secondFactor, LoginAttempts attempts, PasswordChanges passwords,
            PasswordPolicy policy) {
        this.flow = flow;
        this.secondFactor = secondFactor;
        this.attempts = attempts;
        this.passwords = passwords;
        this.policy = policy;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            // Spring Security sends a refused sign-in back here; which rule refused it stays unsaid
            model.addAttribute("refusals", Refusal.of("login.failed"));
        }
        return "identity/login";
    }

    @GetMapping("/login/verify")
    String verifyForm(@AuthenticationPrincipal PendingLogin pending, HttpServletResponse response) throws IOException {
        return onStep(pending, LoginStep.VERIFY_SECOND_FACTOR, response) ? "identity/login-verify" : null;
    }

    @PostMapping("/login/verify")
    String verify(@AuthenticationPrincipal PendingLogin pending, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        if (!onStep(pending, LoginStep.VERIFY_SECOND_FACTOR, response)) {
            return null;
        }
        if (secondFactor.verify(pending.userId(), code)) {
            flow.stepDone(pending, LoginStep.VERIFY_SECOND_FACTOR, request, response);
            return null;
        }
        if (!countFailure(pending, request)) {
            response.sendRedirect(request.getContextPath() + "/login?error");
            return null;
        }
        model.addAttribute("refusals", Refusal.of("mfa.codeWrong"));
        return "identity/login-verify";
    }

    @GetMapping("/login/password")
    String passwordForm(@AuthenticationPrincipal PendingLogin pending, HttpServletResponse response, Model model)
            throws IOException {
        if (!onStep(pending, LoginStep.CHANGE_PASSWORD, response)) {
            return null;
        }
        model.addAttribute("minLength", policy.minLength());
        model.addAttribute("profile", policy.profile().name().toLowerCase());
        return "identity/login-password";
    }

    @PostMapping("/login/password")
    String changePassword(@AuthenticationPrincipal PendingLogin pending, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmPassword, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException {
        if (!onStep(pending, LoginStep.CHANGE_PASSWORD, response)) {
            return null;
        }
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new BusinessRuleException("confirmPassword", "password.mismatch");
            }
            passwords.change(pending.userId(), currentPassword, newPassword);
        } catch (BusinessRuleException e) {
            model.addAttribute("refusals", Refusal.of(e));
            model.addAttribute("minLength", policy.minLength());
            model.addAttribute("profile", policy.profile().name().toLowerCase());
            return "identity/login-password";
        }
        flow.stepDone(pending, LoginStep.CHANGE_PASSWORD, request, response);
        return null;
    }

    @GetMapping("/login/enrol")
    String enrolForm(@AuthenticationPrincipal PendingLogin pending, HttpSession session, HttpServletResponse response,
            Model model) throws IOException {
        if (!onStep(pending, LoginStep.ENROL_SECOND_FACTOR, response)) {
            return null;
        }
        if (session.getAttribute(RECOVERY_CODES) != null) {
            model.addAttribute("recoveryCodes", session.getAttribute(RECOVERY_CODES));
            return "identity/login-recovery-codes";
        }
        String secret = (String) session.getAttribute(ENROLMENT_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(ENROLMENT_SECRET, secret);
        }
        EnrolmentView.show(model, pending.username(), secret);
        return "identity/login-enrol";
    }

    @PostMapping("/login/enrol")
    String enrol(@AuthenticationPrincipal PendingLogin pending, @RequestParam(defaultValue = "") String code,
            HttpSession session, HttpServletResponse response, HttpServletRequest request, Model model)
            throws IOException {
        if (!onStep(pending, LoginStep.ENROL_SECOND_FACTOR, response)) {
            return null;
        }
        String secret = (String) session.getAttribute(ENROLMENT_SECRET);
        if (secret == null) {
            response.sendRedirect(request.getContextPath() + "/login/enrol");
            return null;
        }
        try {
            List<String> codes = secondFactor.enrol(pending.userId(), secret, code.replace(" ", ""));
            session.removeAttribute(ENROLMENT_SECRET);
            session.setAttribute(RECOVERY_CODES, codes);
        } catch (BusinessRuleException e) {
            model.addAttribute("refusals", Refusal.of(e));
            EnrolmentView.show(model, pending.username(), secret);
            return "identity/login-enrol";
        }
        response.sendRedirect(request.getContextPath() + "/login/enrol");
        return null;
    }

    /** After the user has seen (and, we hope, saved) the recovery codes. */
    @PostMapping("/login/enrol/done")
    void enrolDone(@AuthenticationPrincipal PendingLogin pending, HttpSession session, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (!onStep(pending, LoginStep.ENROL_SECOND_FACTOR, response)) {
            return;
        }
        if (session.getAttribute(RECOVERY_CODES) == null) {
            response.sendRedirect(request.getContextPath() + "/login/enrol");
            return;
        }
        session.removeAttribute(RECOVERY_CODES);
        flow.stepDone(pending, LoginStep.ENROL_SECOND_FACTOR, request, response);
    }

    /** Sends the user to the step they are on when they open another one. */
    private static boolean onStep(PendingLogin pending, LoginStep step, HttpServletResponse response)
            throws IOException {
        if (pending.steps().isEmpty() || pending.next() != step) {
            response.sendRedirect(pending.steps().isEmpty() ? "/" : pending.next().path());
            return false;
        }
        return true;
    }

    /** Counts a wrong code; returns false when it locked the account, which ends the attempt. */
    private boolean countFailure(PendingLogin pending, HttpServletRequest request) {
        try {
            attempts.secondFactorFailed(pending.userId());
            return true;
        } catch (BadCredentialsException e) {
            if (attempts.isLocked(pending.userId())) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                return false;
            }
            return true;
        }
    }
}
