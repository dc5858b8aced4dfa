package org.iptalent.certificate.web;

import org.iptalent.certificate.internal.CertificateType;
import org.iptalent.certificate.internal.CertificateTypeAdministration;
import org.iptalent.certificate.internal.CertificateTypeInput;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Certificate types, the national administrator's: the list with a form for a new type beside it, and each type's
 * edit form. A refused form comes back with each problem under its field and the values entered.
 */
@Controller
class CertificateTypeController {

    private static final String FORM = "input";

    private final CertificateTypeAdministration types;

    CertificateTypeController(CertificateTypeAdministration types) {
        this.types = types;
    }

    @GetMapping("/certificates/types")
    String list(Model model) {
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new CertificateTypeInput(null, null, null, null, null, "{TYPE}-{YEAR}-{SEQ:6}"));
        }
        model.addAttribute("types", types.all());
        return "certificate/types";
    }

    @PostMapping("/certificates/types")
    String create(@ModelAttribute(FORM) CertificateTypeInput input, BindingResult form, Model model,
            RedirectAttributes redirect) {
        try {
            types.create(input);
        } catch (InvalidInputException e) {
            FormRefusals.bind(form, e);
            return list(model);
        }
        redirect.addFlashAttribute("message", "certificate.type.created");
        return "redirect:/certificates/types";
    }

    @GetMapping("/certificates/types/{id:\\d+}")
    String edit(@PathVariable long id, Model model) {
        CertificateType type = types.get(id);
        model.addAttribute("type", type);
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new CertificateTypeInput(type.getCode(), type.getNameZh(), type.getNameEn(),
                    type.getValidityYears() == null ? null : type.getValidityYears().toString(),
                    type.getReminderDays() == null ? null : type.getReminderDays().toString(), type.getSerialFormat()));
        }
        return "certificate/type";
    }

    @PostMapping("/certificates/types/{id:\\d+}")
    String update(@PathVariable long id, @RequestParam long version, @ModelAttribute(FORM) CertificateTypeInput input,
            BindingResult form, Model model, RedirectAttributes redirect) {
        try {
            types.update(id, version, input);
        } catch (InvalidInputException e) {
            FormRefusals.bind(form, e);
            return edit(id, model);
        }
        redirect.addFlashAttribute("message", "certificate.type.saved");
        return "redirect:/certificates/types";
    }
}
