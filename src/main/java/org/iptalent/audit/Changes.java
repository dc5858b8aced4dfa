package org.iptalent.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Collects the fields a change touched. Unchanged fields are dropped; sensitive ones are masked
 * before they reach the log, so the audit log never becomes a copy of the personal data.
 */
public final class Changes {

    private final List<FieldChange> fields = new ArrayList<>();

    public static Changes of() {
        return new Changes();
    }

    public Changes field(String name, Object oldValue, Object newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            fields.add(new FieldChange(name, text(oldValue), text(newValue)));
        }
        return this;
    }

    public Changes sensitive(String name, String oldValue, String newValue, UnaryOperator<String> mask) {
        if (!Objects.equals(oldValue, newValue)) {
            fields.add(new FieldChange(name, mask.apply(oldValue), mask.apply(newValue)));
        }
        return this;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public List<FieldChange> list() {
        return List.copyOf(fields);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
