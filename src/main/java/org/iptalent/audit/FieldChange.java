package org.iptalent.audit;

import java.util.Objects;

/** One field's old and new value, as the audit log keeps it (already masked when sensitive). */
public record FieldChange(String field, String oldValue, String newValue) {

    public boolean isChange() {
        return !Objects.equals(oldValue, newValue);
    }
}
