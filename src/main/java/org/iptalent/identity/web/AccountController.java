package org.iptalent.identity.web;

import jakarta.servlet.http.HttpSession;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.identity.internal.ContactDetails;
import org.iptalent.identity.internal.PasswordChanges;
import org.iptalent.identity.internal.PasswordPolicy;
import org.iptalent.identity.internal.SecondFactor;
import org.iptalent.identity.internal.SessionAttributes;
import org.iptalent.identity.SecurityProperties;
import org.iptalent.platform.web.Refusal;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password, second factor, API tokens. */
@Controller
class AccountController {

    private static final String ENROLMENT_SECRET = "iptalent.accountEnrolmentSecret";

    private final PasswordChanges passwords;
    private final PasswordPolicy policy;
    private final SecondFactor secondFactor;
    private final ApiTokens tokens;
    private final SecurityProperties properties;

    private final org.iptalent.reference.ReferenceData reference;
    private final ContactDetails contacts;

    AccountController(PasswordChanges passwords, PasswordPolicy policy, SecondFactor secondFactor, ApiTokens tokens,
            SecurityProperties properties, org.iptalent.reference.ReferenceData reference, ContactDetails contacts) {
        this.reference = reference;
        this.contacts = contacts;
        this.passwords = passwords;
        this.policy = policy;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
        this.properties = properties;
    }

    @GetMapping("/account")
    String account(Model model) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("user", user);
        model.addAttribute("reference", reference);
        model.addAttribute("recoveryCodesLeft", secondFactor.unusedRecoveryCodes(user.id()));
        model.addAttribute("tokens", tokens.of(user.id()));
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("minLength", policy.minLength());
        model.addAttribute("mfaRequired", properties.mfaRequiredFor(user.roles()));
        model.addAttribute("mfaEnabled", secondFactor.isEnabled(user.id()));
        model.addAttribute("contact", contacts.own());
        return "identity/account";
    }

    /** The address the user's notices are e-mailed to, and the language of those e-mails. */
    @PostMapping("/account/contact")
    String changeContact(@RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "false") boolean removeEmail,
            @RequestParam(defaultValue = "") String language, RedirectAttributes redirect) {
        try {
            contacts.changeOwn(email, removeEmail, language);
            redirect.addFlashAttribute("message", "account.contact.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("contactRefusals", Refusal.of(e));
            redirect.addFlashAttribute("enteredEmail", email.length() > 254 ? email.substring(0, 254) : email);
        }
        return "redirect:/account";
    }

    /** A second factor for users whose role does not require one, but who want it. */
    @GetMapping("/account/mfa")
    String enrolForm(HttpSession session, Model model) {
        CurrentUser user = CurrentUser.require();
        if (secondFactor.isEnabled(user.id())) {
            return "redirect:/account";
        }
        String secret = (String) session.getAttribute(ENROLMENT_SECRET);
        if (secret == null) {
            secret = org.iptalent.identity.internal.Totp.newSecret();
            session.setAttribute(ENROLMENT_SECRET, secret);
        }
        EnrolmentView.show(model, user.username(), secret);
        return "identity/account-mfa";
    }

    @PostMapping("/account/mfa")
    String enrol(@RequestParam(defaultValue = "") String code, HttpSession session, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        String secret = (String) session.getAttribute(ENROLMENT_SECRET);
        if (secret == null || secondFactor.isEnabled(user.id())) {
            return "redirect:/account";
        }
        try {
            redirect.addFlashAttribute("recoveryCodes", secondFactor.enrol(user.id(), secret, code.replace(" ", "")));
            session.removeAttribute(ENROLMENT_SECRET);
            return "redirect:/account";
        } catch (BusinessRuleException e) {
            model.addAttribute("refusals", Refusal.of(e));
            EnrolmentView.show(model, user.username(), secret);
            return "identity/account-mfa";
        }
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam String confirmPassword, HttpSession session, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new BusinessRuleException("confirmPassword", "password.mismatch");
            }
            int stamp = passwords.change(user.id(), currentPassword, newPassword);
            // this session carries on; every other session of the user ends
            session.setAttribute(SessionAttributes.SECURITY_STAMP, stamp);
            redirect.addFlashAttribute("message", "password.changed");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("passwordRefusals", Refusal.of(e));
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.require();
        var issued = tokens.issue(user.id(), name.length() > 100 ? name.substring(0, 100) : name);
        redirect.addFlashAttribute("newToken", issued.token());
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.require().id(), id);
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/account";
    }
}
