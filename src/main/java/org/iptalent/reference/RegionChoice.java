package org.iptalent.reference;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.shared.RegionScope;

/** A province and its cities as a form offers them: only what the user's scope allows. */
public record RegionChoice(Division province, boolean selectable, List<Division> cities) {

    /** The mainland provinces and cities inside {@code scope}, for a region drop-down. */
    public static List<RegionChoice> within(ReferenceData reference, RegionScope scope) {
        List<RegionChoice> choices = new ArrayList<>();
        for (Division province : reference.provinces()) {
            if (!province.isMainland()) {
                continue;
            }
            List<Division> cities = reference.citiesOf(province.code()).stream()
                    .filter(c -> scope.includes(c.code())).toList();
            boolean provinceIn = scope.covers(RegionScope.of(province.code()));
            if (provinceIn || !cities.isEmpty()) {
                choices.add(new RegionChoice(province, provinceIn, cities));
            }
        }
        return choices;
    }
}
