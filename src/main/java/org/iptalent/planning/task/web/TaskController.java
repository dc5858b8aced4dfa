package org.iptalent.planning.task.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.planning.task.PlanTask;
import org.iptalent.planning.task.TaskPlanning;
import org.iptalent.planning.task.TaskPlanning.PlanTaskList;
import org.iptalent.planning.task.report.ReportMatrix;
import org.iptalent.planning.task.report.SlotState;
import org.iptalent.platform.web.FormRefusals;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
 * A plan's tasks and key projects: the list with its reporting periods (due dates the national office moves), one
 * task with its matrix of regions by periods, and the national office's form to add, change or remove a task.
 */
@Controller
class TaskController {

    private static final String FORM = "form";

    private final TaskPlanning planning;
    private final ReportMatrix matrix;
    private final ReferenceData reference;

    TaskController(TaskPlanning planning, ReportMatrix matrix, ReferenceData reference) {
        this.planning = planning;
        this.matrix = matrix;
        this.reference = reference;
    }

    /** Each task's cells by state, over the regions the user sees: the list's summary column. */
    record TaskSummary(PlanTask task, Map<SlotState, Integer> counts) {
    }

    @GetMapping("/plans/{planId:\\d+}/tasks")
    String list(@PathVariable long planId, Model model) {
        PlanTaskList list = planning.ofPlan(planId);
        List<TaskSummary> tasks = new ArrayList<>();
        for (PlanTask task : list.tasks()) {
            tasks.add(new TaskSummary(task, matrix.of(task.getId(), null, null).counts()));
        }
        model.addAttribute("plan", list.plan());
        model.addAttribute("tasks", tasks);
        model.addAttribute("periods", list.periods());
        model.addAttribute("national", national());
        model.addAttribute("states", SlotState.values());
        return "planning/task-list";
    }

    @PostMapping("/plans/{planId:\\d+}/periods/{periodId:\\d+}")
    String moveDue(@PathVariable long planId, @PathVariable long periodId, @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        FlashOutcome.of(redirect, "periodRefusals", "planning.task.period.moved",
                () -> planning.moveDue(periodId, version, dueOn));
        return "redirect:/plans/" + planId + "/tasks#periods";
    }

    @GetMapping("/plans/{planId:\\d+}/tasks/new")
    String newTask(@PathVariable long planId, Model model) {
        TaskForm form = new TaskForm();
        reference.provinces().stream().filter(Division::isMainland).forEach(d -> form.getRegions().add(d.code()));
        model.addAttribute(FORM, form);
        return form(planId, null, model);
    }

    @PostMapping("/plans/{planId:\\d+}/tasks")
    String add(@PathVariable long planId, @ModelAttribute(FORM) TaskForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                PlanTask task = planning.add(planId, form.input());
                redirect.addFlashAttribute("message", "planning.task.added");
                return "redirect:/plans/tasks/" + task.getId();
            } catch (BusinessRuleException e) {
                FormRefusals.bind(binding, e);
            }
        }
        return form(planId, null, model);
    }

    @GetMapping("/plans/tasks/{id:\\d+}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "") String region,
            @RequestParam(required = false) SlotState state, Model model, Locale locale) {
        TaskPlanning.TaskContext task = planning.task(id);
        ReportMatrix.Matrix cells = matrix.of(id, region, state);
        model.addAttribute("plan", task.plan());
        model.addAttribute("task", task.task());
        model.addAttribute("matrix", cells);
        model.addAttribute("regionNames", names(task.task().getRegions(), locale));
        model.addAttribute("regionChoices", cells.regions().stream().map(reference::division)
                .flatMap(java.util.Optional::stream).toList());
        model.addAttribute("region", region);
        model.addAttribute("state", state);
        model.addAttribute("states", SlotState.values());
        model.addAttribute("national", national());
        model.addAttribute("ownRegion", ownProvince(CurrentUser.require()));
        return "planning/task";
    }

    @GetMapping("/plans/tasks/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        TaskPlanning.TaskContext task = planning.task(id);
        model.addAttribute(FORM, TaskForm.of(task.task()));
        return form(task.plan().id(), id, model);
    }

    @PostMapping("/plans/tasks/{id:\\d+}")
    String change(@PathVariable long id, @ModelAttribute(FORM) TaskForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        long planId = planning.task(id).plan().id();
        if (!binding.hasErrors()) {
            try {
                planning.change(id, form.getVersion(), form.input());
                redirect.addFlashAttribute("message", "planning.task.changed");
                return "redirect:/plans/tasks/" + id;
            } catch (BusinessRuleException e) {
                FormRefusals.bind(binding, e);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("planning.task.changedMeanwhile");
            }
        }
        return form(planId, id, model);
    }

    @PostMapping("/plans/tasks/{id:\\d+}/delete")
    String remove(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        long planId = planning.task(id).plan().id();
        boolean removed = FlashOutcome.of(redirect, "taskRefusals", "planning.task.removed",
                () -> planning.remove(id, version));
        return removed ? "redirect:/plans/" + planId + "/tasks" : "redirect:/plans/tasks/" + id;
    }

    private String form(long planId, Long taskId, Model model) {
        model.addAttribute("plan", planning.planOf(planId));
        model.addAttribute("taskId", taskId);
        model.addAttribute("kinds", PlanTask.Kind.values());
        model.addAttribute("provinces", reference.provinces().stream().filter(Division::isMainland).toList());
        return "planning/task-form";
    }

    private Map<String, String> names(List<String> codes, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, reference.regionName(code, locale)));
        return names;
    }

    private static boolean national() {
        return CurrentUser.require().has(Role.NATIONAL_ADMIN);
    }

    /** The province a provincial administrator reports for, or null. */
    static String ownProvince(CurrentUser user) {
        RegionScope scope = user.scope();
        return user.has(Role.PROVINCIAL_ADMIN) && scope.level() == RegionScope.Level.PROVINCE ? scope.regionCode()
                : null;
    }
}
