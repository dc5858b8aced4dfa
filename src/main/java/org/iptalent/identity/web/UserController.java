package org.iptalent.identity.web;

import java.util.Set;

import jakarta.validation.Valid;
import org.iptalent.audit.AuditLog;
import org.iptalent.identity.NewUser;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.platform.web.Refusal;
import org.iptalent.reference.RegionChoice;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.Role;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User management pages: list, create, edit. The service decides what this administrator may do. */
@Controller
class UserController {

    private static final int PAGE_SIZE = 20;
    private static final int HISTORY_PAGE_SIZE = 10;

    private final UserManagement users;
    private final ReferenceData reference;
    private final AuditLog audit;

    UserController(UserManagement users, ReferenceData reference, AuditLog audit) {
        this.users = users;
        this.reference = reference;
        this.audit = audit;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/users")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        var result = PageRequests.withinResults(
                PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW, Sort.by("username")),
                request -> users.find(q, request));
        model.addAttribute("page", result);
        model.addAttribute("q", q);
        model.addAttribute("reference", reference);
        return "identity/users";
    }

    @GetMapping("/users/new")
    String initCreate(Model model) {
        model.addAttribute("form", new UserForm());
        return form(model, null);
    }

    @PostMapping("/users/new")
    String processCreate(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            UserSummary created = users.create(new NewUser(trim(form.getUsername()), form.getDisplayName(),
                    form.getPassword(), form.getRoles(), blankToNull(form.getRegionCode()),
                    blankToNull(form.getEmail())));
            redirect.addFlashAttribute("message", "user.created");
            return "redirect:/users/" + created.id();
        } catch (BusinessRuleException e) {
            FormRefusals.bind(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/users/{id}")
    String initEdit(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean signIns, Model model) {
        UserSummary user = users.get(id);
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setRoles(user.roles().isEmpty() ? Set.of() : java.util.EnumSet.copyOf(user.roles()));
        form.setRegionCode(user.regionCode());
        form.setEnabled(user.enabled());
        form.setVersion(user.version());
        model.addAttribute("form", form);
        history(model, id, page, signIns);
        return form(model, user);
    }

    @PostMapping("/users/{id}")
    String processEdit(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        UserSummary user = users.get(id);
        // the user name cannot change; the form shows it read-only
        form.setUsername(user.username());
        if (result.hasFieldErrors("displayName") || result.hasFieldErrors("email")) {
            history(model, id, 0, false);
            return form(model, user);
        }
        try {
            users.update(id, form.getVersion(), form.getDisplayName(), form.getRoles(),
                    blankToNull(form.getRegionCode()), form.isEnabled(), blankToNull(form.getEmail()),
                    form.isRemoveEmail());
            redirect.addFlashAttribute("message", "user.saved");
            return "redirect:/users/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.staleEdit");
        } catch (BusinessRuleException e) {
            FormRefusals.bind(result, e);
        }
        form.setUsername(user.username());
        history(model, id, 0, false);
        return form(model, user);
    }

    @PostMapping("/users/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            users.resetPassword(id, password);
            redirect.addFlashAttribute("message", "user.passwordReset");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("passwordRefusals", Refusal.of(e));
        }
        return "redirect:/users/" + id;
    }

    @PostMapping("/users/{id}/mfa-reset")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        users.resetSecondFactor(id);
        redirect.addFlashAttribute("message", "user.mfaReset");
        return "redirect:/users/" + id;
    }

    /**
     * The account's history, a page at a time; its sign-ins and sign-outs, which would bury every change to the
     * account, only when asked for (the page offers them with their count).
     */
    private void history(Model model, long id, int page, boolean signIns) {
        String account = String.valueOf(id);
        model.addAttribute("history", PageRequests.withinResults(
                PageRequests.clamped(page, HISTORY_PAGE_SIZE, PageRequests.DATABASE_WINDOW, Sort.unsorted()),
                request -> audit.history("User", account, signIns, request)));
        model.addAttribute("signIns", signIns);
        model.addAttribute("signInCount", audit.signIns("User", account));
    }

    private String form(Model model, UserSummary user) {
        model.addAttribute("user", user);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("regions", RegionChoice.within(reference, users.manageableRegion()));
        return "identity/user-form";
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
