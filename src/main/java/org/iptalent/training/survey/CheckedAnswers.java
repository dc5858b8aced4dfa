package org.iptalent.training.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;

/**
 * Answers checked against a survey's items: every required item answered, each scale answer a point of its scale,
 * each text within {@link #MAX_TEXT} characters, no item unknown or answered twice. A blank text is no answer.
 * Either every answer is fine or {@link #check} refuses them all, naming each problem.
 */
public record CheckedAnswers(List<Checked> answers, BigDecimal score, Map<Aspect, BigDecimal> aspectScores) {

    public static final int MAX_TEXT = 2000;

    /** One answer, checked: a scale answer carries its score on 100 points. */
    public record Checked(SurveyItem item, Integer value, BigDecimal score, String text) {
    }

    public static CheckedAnswers check(List<SurveyItem> items, List<Answer> given) {
        Map<Long, SurveyItem> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.getId(), item));
        List<Problem> problems = new ArrayList<>();
        Map<Long, Checked> checked = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Answer answer : given == null ? List.<Answer>of() : given) {
            SurveyItem item = byId.get(answer.itemId());
            if (item == null) {
                problems.add(new Problem("answers", "survey.answer.unknownItem", List.of(String.valueOf(answer.itemId()))));
                continue;
            }
            if (!seen.add(answer.itemId())) {
                problems.add(new Problem(field(item), "survey.answer.twice", List.of(item.getPosition())));
                continue;
            }
            String text = answer.text() == null || answer.text().isBlank() ? null : answer.text().strip();
            if (item.getKind().isScale()) {
                if (text != null) {
                    problems.add(new Problem(field(item), "survey.answer.scaleExpected", List.of(item.getPosition())));
                } else if (answer.value() != null && !item.getKind().accepts(answer.value())) {
                    problems.add(new Problem(field(item), "survey.answer.outOfScale", List.of(item.getPosition(),
                            item.getKind().lowest(), item.getKind().highest())));
                } else if (answer.value() != null) {
                    checked.put(item.getId(), new Checked(item, answer.value(), item.getKind().score(answer.value()),
                            null));
                }
            } else if (answer.value() != null) {
                problems.add(new Problem(field(item), "survey.answer.textExpected", List.of(item.getPosition())));
            } else if (text != null && text.length() > MAX_TEXT) {
                problems.add(new Problem(field(item), "survey.answer.tooLong", List.of(item.getPosition(), MAX_TEXT)));
            } else if (text != null) {
                checked.put(item.getId(), new Checked(item, null, null, text));
            }
        }
        for (SurveyItem item : items) {
            boolean refused = problems.stream().anyMatch(p -> p.field().equals(field(item)));
            if (item.isRequired() && !checked.containsKey(item.getId()) && !refused) {
                problems.add(new Problem(field(item), "survey.answer.required", List.of(item.getPosition())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Checked> ordered = items.stream().map(item -> checked.get(item.getId())).filter(c -> c != null).toList();
        Map<Aspect, BigDecimal> aspects = new HashMap<>();
        for (Aspect aspect : Aspect.values()) {
            BigDecimal mean = SurveyScore.mean(ordered.stream().filter(c -> c.item().getAspect() == aspect)
                    .map(Checked::score).toList());
            if (mean != null) {
                aspects.put(aspect, mean);
            }
        }
        return new CheckedAnswers(ordered, SurveyScore.mean(ordered.stream().map(Checked::score).toList()),
                Map.copyOf(aspects));
    }

    /** The form field an item's problem belongs to. */
    public static String field(SurveyItem item) {
        return "item" + item.getId();
    }
}
