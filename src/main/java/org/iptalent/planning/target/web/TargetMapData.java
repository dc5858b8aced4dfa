package org.iptalent.planning.target.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.planning.target.Breakdown;
import org.iptalent.planning.target.RegionLine;
import org.iptalent.reference.Division;
import org.iptalent.reference.Localized;
import org.iptalent.reference.ReferenceData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map's data, which the page hands to {@code /js/planning-target-map.js} in an attribute (the pages allow no inline
 * script): each province shown with its progress, every province's name as the reader reads it (the geometry names
 * them in Chinese), and the texts of the tooltip. The country's list shows every province and opens one on a click; a
 * province's list shows that province alone.
 */
@Component
class TargetMapData {

    private final ReferenceData reference;
    private final MessageSource messages;
    private final JsonMapper json;

    TargetMapData(ReferenceData reference, MessageSource messages, JsonMapper json) {
        this.reference = reference;
        this.messages = messages;
        this.json = json;
    }

    String of(Breakdown breakdown, Locale locale) {
        List<RegionLine> shown = breakdown.provinces() ? breakdown.regions()
                : breakdown.province() != null ? List.of(breakdown.own()) : List.of();
        List<Map<String, Object>> provinces = new ArrayList<>();
        for (RegionLine line : shown) {
            Map<String, Object> province = new LinkedHashMap<>();
            province.put("code", line.code());
            province.put("progress", line.progress());
            province.put("rank", line.rank());
            provinces.add(province);
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Division division : reference.provinces()) {
            names.put(division.code(), Localized.isEnglish(locale) ? division.nameEn() : division.shortNameZh());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("provinces", provinces);
        data.put("names", names);
        data.put("opens", breakdown.provinces());
        data.put("labels", Map.of("progress", message("planning.target.map.progress", locale),
                "noData", message("planning.target.map.noData", locale),
                "rank", message("planning.target.map.rank", locale)));
        return json.writeValueAsString(data);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
