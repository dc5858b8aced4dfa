package org.iptalent.reference.web;

import java.util.List;

import org.iptalent.reference.Division;
import org.iptalent.reference.Industry;
import org.iptalent.reference.IpcClass;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Browse the code lists: divisions, industries, IPC, taxonomies. */
@Controller
class ReferenceController {

    private final ReferenceData reference;

    ReferenceController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping("/reference")
    String reference(@RequestParam(defaultValue = "divisions") String tab, Model model) {
        model.addAttribute("tab", tab);
        switch (tab) {
            case "industries" -> model.addAttribute("sections", reference.industryTree().entrySet().stream()
                    .map(e -> new Section(e.getKey(), e.getValue())).toList());
            case "ipc" -> model.addAttribute("ipcSections", ipcSections(reference.ipcClasses()));
            case "taxonomies" -> model.addAttribute("kinds", TaxonomyKind.values());
            default -> {
                model.addAttribute("tab", "divisions");
                model.addAttribute("provinces", reference.provinces().stream()
                        .map(p -> new ProvinceRow(p, reference.citiesOf(p.code()))).toList());
            }
        }
        model.addAttribute("reference", reference);
        return "reference/reference";
    }

    record ProvinceRow(Division province, List<Division> cities) {
    }

    record Section(Industry section, List<Industry> divisions) {
    }

    record IpcSection(IpcClass section, List<IpcClass> classes) {
    }

    private static List<IpcSection> ipcSections(List<IpcClass> all) {
        return all.stream().filter(IpcClass::isSection)
                .map(s -> new IpcSection(s, all.stream().filter(i -> s.code().equals(i.parentCode())).toList())).toList();
    }
}
