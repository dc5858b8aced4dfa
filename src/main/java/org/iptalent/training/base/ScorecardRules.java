package org.iptalent.training.base;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;

/**
 * What a scorecard must be: thresholds with {@code 0 ≤ probation ≤ keep ≤ 100}, at least one item, each with a kind
 * and a weight from 1 to 100, a computed item with a known measure and a positive full-marks value, a reviewed item
 * with a name and at least one known reviewer, and weights that sum to exactly 100. Every problem is reported at
 * once, each on its field ({@code items[2].weight}).
 */
final class ScorecardRules {

    static final int MAX_ITEMS = 20;

    private ScorecardRules() {
    }

    /**
     * The checked items; {@code measureKnown} says whether a measure code exists, {@code reviewerId} finds the
     * account of a reviewer's user name (null when there is none that may review).
     */
    static List<ItemSpec> check(ScorecardInput input, Function<String, Boolean> measureKnown,
            Function<String, Long> reviewerId) {
        List<Problem> problems = new ArrayList<>();
        BigDecimal keep = input.keepFrom();
        BigDecimal probation = input.probationFrom();
        if (keep == null) {
            problems.add(new Problem("keepFrom", "field.required"));
        }
        if (probation == null) {
            problems.add(new Problem("probationFrom", "field.required"));
        }
        if (keep != null && probation != null && (probation.signum() < 0 || probation.compareTo(keep) > 0
                || keep.compareTo(Scoring.HUNDRED) > 0 || keep.scale() > 2 || probation.scale() > 2)) {
            problems.add(new Problem("keepFrom", "trainingBase.scorecard.thresholds"));
        }
        List<ItemSpec> specs = new ArrayList<>();
        List<ScorecardInput.Item> items = input.items() == null ? List.of() : input.items();
        int sum = 0;
        int rows = 0;
        for (int i = 0; i < items.size(); i++) {
            ScorecardInput.Item item = items.get(i);
            if (item == null || item.isBlank()) {
                continue;
            }
            rows++;
            String at = "items[" + i + "].";
            int before = problems.size();
            String name = TrainingBaseRecords.trim(item.name());
            if (name != null && name.length() > 200) {
                problems.add(new Problem(at + "name", "field.tooLong", List.of(200)));
            }
            ItemKind kind = null;
            if (TrainingBaseRecords.blank(item.kind())) {
                problems.add(new Problem(at + "kind", "field.required"));
            } else {
                try {
                    kind = ItemKind.valueOf(item.kind().trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(at + "kind", "field.unknownCode", List.of(item.kind().trim())));
                }
            }
            if (item.weight() == null) {
                problems.add(new Problem(at + "weight", "field.required"));
            } else if (item.weight() < 1 || item.weight() > 100) {
                problems.add(new Problem(at + "weight", "trainingBase.scorecard.weight.range"));
            } else {
                sum += item.weight();
            }
            String measure = TrainingBaseRecords.trim(item.measureCode());
            Set<Long> reviewers = new LinkedHashSet<>();
            if (kind == ItemKind.COMPUTED) {
                if (measure == null) {
                    problems.add(new Problem(at + "measureCode", "field.required"));
                } else if (!measureKnown.apply(measure)) {
                    problems.add(new Problem(at + "measureCode", "field.unknownCode", List.of(measure)));
                }
                if (item.fullMarks() == null) {
                    problems.add(new Problem(at + "fullMarks", "field.required"));
                } else if (item.fullMarks().signum() <= 0 || item.fullMarks().scale() > 2
                        || item.fullMarks().compareTo(new BigDecimal("999999999999")) > 0) {
                    problems.add(new Problem(at + "fullMarks", "trainingBase.scorecard.fullMarks.positive"));
                }
            } else if (kind == ItemKind.REVIEWED) {
                if (name == null) {
                    problems.add(new Problem(at + "name", "field.required"));
                }
                for (String username : names(item.reviewers())) {
                    Long id = reviewerId.apply(username);
                    if (id == null) {
                        problems.add(new Problem(at + "reviewers", "trainingBase.scorecard.reviewer.unknown",
                                List.of(username)));
                    } else {
                        reviewers.add(id);
                    }
                }
                if (names(item.reviewers()).isEmpty()) {
                    problems.add(new Problem(at + "reviewers", "trainingBase.scorecard.reviewers.required"));
                }
            }
            if (problems.size() == before) {
                specs.add(new ItemSpec(name, kind, item.weight(), measure, item.fullMarks(), reviewers));
            }
        }
        if (rows == 0) {
            problems.add(new Problem("items", "trainingBase.scorecard.items.required"));
        } else if (rows > MAX_ITEMS) {
            problems.add(new Problem("items", "trainingBase.scorecard.items.tooMany", List.of(MAX_ITEMS)));
        } else if (sum != 100 && problems.stream().noneMatch(p -> p.field().endsWith(".weight"))) {
            problems.add(new Problem("items", "trainingBase.scorecard.weights", List.of(sum)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return specs;
    }

    /** The user names of a list separated by commas (Chinese ones too), semicolons or spaces, each once. */
    static List<String> names(String reviewers) {
        if (reviewers == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(List.of(reviewers.split("[,\\uFF0C\\u3001;\\uFF1B\\s]+")).stream()
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList()));
    }
}
