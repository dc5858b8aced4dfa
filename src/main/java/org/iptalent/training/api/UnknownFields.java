package org.iptalent.training.api;

import java.util.List;
import java.util.Map;

import org.iptalent.shared.InvalidInputException.Problem;

/**
 * Fields a request body has that its record does not: each a problem of its own, so a client's typo
 * ({@code "talentID"}) is refused instead of silently ignored, and nothing is changed.
 */
final class UnknownFields {

    static final String MESSAGE = "training.api.field.unknown";

    private UnknownFields() {
    }

    static List<Problem> of(String prefix, Map<String, Object> unknown) {
        if (unknown == null) {
            return List.of();
        }
        return unknown.keySet().stream().sorted().map(name -> new Problem(prefix + name, MESSAGE)).toList();
    }
}
