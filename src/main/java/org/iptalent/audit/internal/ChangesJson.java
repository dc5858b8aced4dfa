package org.iptalent.audit.internal;

import java.util.List;

import org.iptalent.audit.FieldChange;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The changed fields as stored: a JSON array kept as text, so the hashed bytes are the stored bytes. */
final class ChangesJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldChange>> LIST = new TypeReference<>() {
    };

    private ChangesJson() {
    }

    static String write(List<FieldChange> changes) {
        return changes.isEmpty() ? null : JSON.writeValueAsString(changes);
    }

    static List<FieldChange> read(String json) {
        return json == null ? List.of() : JSON.readValue(json, LIST);
    }
}
