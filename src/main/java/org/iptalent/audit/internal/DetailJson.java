package org.iptalent.audit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.audit.AuditText;
import org.iptalent.reference.TaxonomyKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A detail message's arguments as stored: a JSON array kept as text (hashed as stored). Text and numbers are
 * themselves; a nested message is {@code {"key":…,"args":[…]}}, a region {@code {"region":…}}, an industry
 * {@code {"industry":…}}, a term {@code {"term":KIND,"code":…}}, a list an array.
 */
final class DetailJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() {
    };

    private DetailJson() {
    }

    static String write(List<Object> args) {
        return args.isEmpty() ? null : JSON.writeValueAsString(args.stream().map(DetailJson::plain).toList());
    }

    static AuditText.Message read(String key, String args) {
        if (key == null) {
            return null;
        }
        return new AuditText.Message(key, args == null ? List.of() : typed(JSON.readValue(args, LIST)));
    }

    private static Object plain(Object arg) {
        if (arg instanceof AuditText.Message m) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("key", m.key());
            node.put("args", m.args().stream().map(DetailJson::plain).toList());
            return node;
        }
        if (arg instanceof AuditText.Region r) {
            return Collections.singletonMap("region", r.code());
        }
        if (arg instanceof AuditText.Industry i) {
            return Collections.singletonMap("industry", i.code());
        }
        if (arg instanceof AuditText.Term t) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("term", t.kind().name());
            node.put("code", t.code());
            return node;
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(DetailJson::plain).toList();
        }
        return arg;
    }

    private static List<Object> typed(List<?> args) {
        List<Object> result = new ArrayList<>(args.size());
        for (Object arg : args) {
            result.add(typed(arg));
        }
        return result;
    }

    private static Object typed(Object arg) {
        if (arg instanceof List<?> list) {
            return typed(list);
        }
        if (!(arg instanceof Map<?, ?> node)) {
            return arg;
        }
        if (node.containsKey("key")) {
            Object args = node.get("args");
            return new AuditText.Message((String) node.get("key"), args instanceof List<?> l ? typed(l) : List.of());
        }
        if (node.containsKey("region")) {
            return AuditText.region((String) node.get("region"));
        }
        if (node.containsKey("industry")) {
            return AuditText.industry((String) node.get("industry"));
        }
        if (node.containsKey("term")) {
            return AuditText.term(TaxonomyKind.valueOf((String) node.get("term")), (String) node.get("code"));
        }
        return node.toString();
    }
}
