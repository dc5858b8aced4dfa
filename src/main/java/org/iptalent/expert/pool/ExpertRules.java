package org.iptalent.expert.pool;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.category.ExpertCategory;
import org.iptalent.reference.IpcClass;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.springframework.stereotype.Component;

/** What a profile and a term must be: every problem at once, in words. */
@Component
class ExpertRules {

    static final int LANGUAGES_LENGTH = 200;
    static final int ACHIEVEMENTS_LENGTH = 4000;
    /** Appointments in this pool run at most five years at a time. */
    static final int MAX_TERM_YEARS = 5;

    private final ExpertCategories categories;
    private final ReferenceData reference;

    ExpertRules(ExpertCategories categories, ReferenceData reference) {
        this.categories = categories;
        this.reference = reference;
    }

    void check(ExpertProfile profile, RegionScope scope, List<Problem> problems) {
        if (profile.categories().isEmpty()) {
            problems.add(new Problem("categories", "expert.categoriesRequired"));
        }
        for (String code : profile.categories().stream().sorted().toList()) {
            ExpertCategory category = categories.find(code).orElse(null);
            if (category == null) {
                problems.add(new Problem("categories", "expert.categoryUnknown", List.of(code)));
            } else if (!category.isNational() && !scope.includes(category.ownerRegionCode())) {
                problems.add(new Problem("categories", "expert.categoryOfAnotherProvince", List.of(code)));
            }
        }
        for (String code : profile.ipcClasses().stream().sorted().toList()) {
            if (reference.ipc(code).filter(c -> !c.isSection()).map(IpcClass::code).isEmpty()) {
                problems.add(new Problem("ipcClasses", "expert.ipcUnknown", List.of(code)));
            }
        }
        if (profile.duties().isEmpty()) {
            problems.add(new Problem("duties", "expert.dutiesRequired"));
        }
        if (profile.availability() == null) {
            problems.add(new Problem("availability", "field.required"));
        }
        tooLong(problems, "languages", profile.languages(), LANGUAGES_LENGTH);
        tooLong(problems, "achievements", profile.achievements(), ACHIEVEMENTS_LENGTH);
    }

    static void checkTerm(LocalDate startsOn, LocalDate endsOn, List<Problem> problems) {
        if (startsOn == null) {
            problems.add(new Problem("termStartsOn", "field.required"));
        }
        if (endsOn == null) {
            problems.add(new Problem("termEndsOn", "field.required"));
        }
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                problems.add(new Problem("termEndsOn", "expert.termEndsBeforeStart"));
            } else if (endsOn.isAfter(startsOn.plusYears(MAX_TERM_YEARS))) {
                problems.add(new Problem("termEndsOn", "expert.termTooLong", List.of(String.valueOf(MAX_TERM_YEARS))));
            }
        }
    }

    static String reason(String reason, boolean required) {
        String text = reason == null ? "" : reason.strip();
        if (required && text.isEmpty()) {
            throw new InvalidInputException(List.of(new Problem("reason", "expert.reasonRequired")));
        }
        if (text.length() > Expert.REASON_LENGTH) {
            throw new InvalidInputException(List.of(new Problem("reason", "field.tooLong",
                    List.of(Expert.REASON_LENGTH))));
        }
        return text.isEmpty() ? null : text;
    }

    static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(new ArrayList<>(problems));
        }
    }

    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "field.tooLong", List.of(max)));
        }
    }
}
