package org.iptalent.planning.task;

import java.util.List;

/**
 * A task as the national administrator writes it: its kind and number, title and description in Chinese and English
 * (the English description and department optional), the department leading it and the provinces responsible.
 */
public record TaskInput(PlanTask.Kind kind, Integer number, String titleZh, String titleEn, String descriptionZh,
        String descriptionEn, String departmentZh, String departmentEn, List<String> regions) {

    public TaskInput {
        regions = regions == null ? List.of() : regions.stream().filter(r -> r != null && !r.isBlank())
                .map(String::strip).distinct().toList();
    }

    public static TaskInput empty() {
        return new TaskInput(PlanTask.Kind.MAIN_TASK, null, "", "", "", "", "", "", List.of());
    }
}
