package org.iptalent.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Sort;

/**
 * The sort fields one list offers, and nothing else: a client's {@code sort} is checked against them
 * before it reaches a query, so nobody sorts by a column the list does not show (a password hash, a
 * second-factor secret) or makes the query fail with a field that does not exist. A field unknown
 * to the list is refused as a {@link BusinessRuleException} on {@code sort} that names the allowed ones.
 */
public final class SortFields {

    /** The field of the refusals: the request parameter. */
    public static final String PARAMETER = "sort";

    private final Map<String, String> properties;
    private final Sort defaultSort;

    private SortFields(Map<String, String> properties, Sort defaultSort) {
        this.properties = properties;
        this.defaultSort = defaultSort;
    }

    /** A list sortable by these fields (each the name of the property it sorts), {@code defaultSort} unless asked. */
    public static SortFields of(Sort defaultSort, String... names) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String name : names) {
            properties.put(name, name);
        }
        return new SortFields(properties, defaultSort);
    }

    /** Also sortable by {@code name}, which sorts the property (or column) {@code property}. */
    public SortFields with(String name, String property) {
        Map<String, String> copy = new LinkedHashMap<>(properties);
        copy.put(name, property);
        return new SortFields(copy, defaultSort);
    }

    /** The names a client may send, for messages and the API documentation. */
    public String allowed() {
        return String.join(", ", properties.keySet());
    }

    /**
     * The sort a client asked for, Spring Data style: {@code field}, {@code field,asc|desc}, or several
     * fields then a direction for them all ({@code a,b,desc}); several values sort by each in turn; none
     * means the list's default. The values may come split at their commas (Spring binds one
     * {@code sort=field,desc} to a list that way), so a direction applies to the fields before it.
     */
    public Sort parse(List<String> requested) {
        List<Sort.Order> orders = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (String value : requested == null ? List.<String>of() : requested) {
            for (String part : value == null ? new String[0] : value.split(",", -1)) {
                String token = part.trim();
                if (token.isEmpty()) {
                    continue;
                }
                Sort.Direction direction = switch (token.toLowerCase(Locale.ROOT)) {
                    case "asc" -> Sort.Direction.ASC;
                    case "desc" -> Sort.Direction.DESC;
                    default -> null;
                };
                if (direction == null) {
                    String property = properties.get(token);
                    if (property == null) {
                        throw unknown(token);
                    }
                    pending.add(property);
                } else if (pending.isEmpty()) {
                    // a direction with no field before it: "asc", "username,asc,desc"
                    throw unknown(value);
                } else {
                    pending.forEach(p -> orders.add(new Sort.Order(direction, p)));
                    pending.clear();
                }
            }
        }
        pending.forEach(p -> orders.add(new Sort.Order(Sort.Direction.ASC, p)));
        return orders.isEmpty() ? defaultSort : Sort.by(orders);
    }

    /** The sort asked for by name alone (a list whose fields each have one fixed order); blank is {@code null}. */
    public String name(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String name = requested.trim();
        if (!properties.containsKey(name)) {
            throw unknown(name);
        }
        return properties.get(name);
    }

    private BusinessRuleException unknown(String value) {
        return new BusinessRuleException(PARAMETER, "paging.sort.unknown", shorten(value), allowed());
    }

    /** A client's value echoed in a message, never a page of it. */
    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
