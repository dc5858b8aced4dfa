package org.iptalent.training.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.platform.web.Refusal;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.training.enrollment.AttendanceBook;
import org.iptalent.training.enrollment.AttendanceMark;
import org.iptalent.training.enrollment.Enrollment;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.ClassSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attendance sheet: one row per trainee holding a place, a box per session, the assessment score. The form
 * sends {@code p-<enrollment>-<session>} for each box ticked and {@code score-<enrollment>}.
 */
@Controller
class AttendanceController {

    private final AttendanceBook book;
    private final ClassPlanning planning;
    private final TalentRegistry registry;
    private final org.iptalent.training.attendance.AttendanceImports imports;

    AttendanceController(AttendanceBook book, ClassPlanning planning, TalentRegistry registry,
            org.iptalent.training.attendance.AttendanceImports imports) {
        this.imports = imports;
        this.book = book;
        this.planning = planning;
        this.registry = registry;
    }

    @GetMapping("/classes/{id}/attendance")
    String sheet(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var sheet = book.sheet(id, page);
        model.addAttribute("trainingClass", planning.run(id));
        model.addAttribute("sheet", sheet);
        model.addAttribute("names", registry.cards(sheet.trainees().stream().map(Enrollment::getTalentId).toList()));
        // the same marks from a workbook, through the platform's import (for whoever runs the class while planned)
        model.addAttribute("attendanceImport", imports.panel(id).orElse(null));
        return "training/attendance";
    }

    @PostMapping("/classes/{id}/attendance")
    String record(@PathVariable long id, @RequestParam(name = "t", required = false) List<Long> shown,
            @RequestParam(defaultValue = "0") int page, @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        // the trainees the page showed: unticked boxes are not sent, so only these are marked absent
        var sheet = book.rows(id, shown == null ? List.of() : shown);
        redirect.addAttribute("page", Math.max(0, page));
        if (sheet.trainees().isEmpty()) {
            // nobody the page showed holds a place any more (or a form from before the sheet had pages): nothing
            // to record, and nothing said to be saved
            return "redirect:/classes/" + id + "/attendance";
        }
        Map<Long, List<AttendanceMark>> marks = new LinkedHashMap<>();
        Map<Long, BigDecimal> scores = new HashMap<>();
        try {
            for (ClassSession session : sheet.sessions()) {
                List<AttendanceMark> list = new ArrayList<>();
                for (Enrollment trainee : sheet.trainees()) {
                    boolean present = form.containsKey("p-" + trainee.getId() + "-" + session.getId());
                    // a tick keeps the hours recorded before (part of a session, from a workbook or the API)
                    BigDecimal recorded = sheet.hours().getOrDefault(trainee.getId(), Map.of()).get(session.getId());
                    list.add(new AttendanceMark(trainee.getTalentId(), present, present ? recorded : null));
                }
                marks.put(session.getId(), list);
            }
            for (Enrollment trainee : sheet.trainees()) {
                String score = form.get("score-" + trainee.getId());
                if (score != null && !score.isBlank()) {
                    scores.put(trainee.getTalentId(), parse(score));
                } else if (trainee.getScore() != null) {
                    scores.put(trainee.getTalentId(), null);
                }
            }
            book.recordSheet(id, marks, scores);
            redirect.addFlashAttribute("message", "training.attendance.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("attendanceRefusals", Refusal.of(e));
        }
        return "redirect:/classes/" + id + "/attendance";
    }

    private static BigDecimal parse(String score) {
        try {
            return new BigDecimal(score.trim());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("score", "training.class.scoreInvalid");
        }
    }
}
