package org.iptalent.planning.task;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;

/** What a task must say: every problem of an input at once, nothing recorded while one remains. */
final class TaskRules {

    static final int MAX_TITLE_ZH = 200;
    static final int MAX_TITLE_EN = 300;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_DEPARTMENT = 200;

    private TaskRules() {
    }

    static void check(TaskInput input, ReferenceData reference) {
        List<Problem> problems = new ArrayList<>();
        if (input.kind() == null) {
            problems.add(new Problem("kind", "field.required"));
        }
        if (input.number() == null) {
            problems.add(new Problem("number", "field.required"));
        } else if (input.number() < 1 || input.number() > 99) {
            problems.add(new Problem("number", "planning.task.numberRange"));
        }
        text(problems, "titleZh", input.titleZh(), MAX_TITLE_ZH, true);
        text(problems, "titleEn", input.titleEn(), MAX_TITLE_EN, true);
        text(problems, "descriptionZh", input.descriptionZh(), MAX_DESCRIPTION, true);
        text(problems, "descriptionEn", input.descriptionEn(), MAX_DESCRIPTION, false);
        text(problems, "departmentZh", input.departmentZh(), MAX_DEPARTMENT, true);
        text(problems, "departmentEn", input.departmentEn(), MAX_DEPARTMENT, false);
        if (input.regions().isEmpty()) {
            problems.add(new Problem("regions", "planning.task.regionsRequired"));
        }
        for (String code : input.regions()) {
            boolean province = reference.division(code).filter(Division::isProvince).filter(Division::isMainland)
                    .isPresent();
            if (!province) {
                problems.add(new Problem("regions", "planning.task.regionNotProvince", List.of(code)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void text(List<Problem> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, "field.required"));
            }
        } else if (value.strip().length() > max) {
            problems.add(new Problem(field, "field.tooLong", List.of(max)));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
