package org.iptalent.planning.evaluation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.Progress;
import org.iptalent.planning.target.RegionValues;
import org.iptalent.planning.target.TargetBook;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The provinces ranked by progress on each computed indicator that has provincial targets, as of a month: the
 * month's snapshots through the target module's {@link RegionValues}, each province's own target (refined, else
 * assigned) through its {@link TargetBook}; two statements per indicator.
 */
@Component
class ProvinceRankings {

    private final RegionValues values;
    private final TargetBook targets;
    private final ReferenceData reference;

    ProvinceRankings(RegionValues values, TargetBook targets, ReferenceData reference) {
        this.values = values;
        this.targets = targets;
        this.reference = reference;
    }

    List<Evaluation.Ranking> of(Plan plan, YearMonth month, Locale locale) {
        List<Division> provinces = reference.provinces().stream().filter(Division::isMainland).toList();
        List<Evaluation.Ranking> rankings = new ArrayList<>();
        for (Indicator indicator : plan.sortedIndicators()) {
            if (indicator.getSourceKind() != Indicator.SourceKind.COMPUTED) {
                continue;
            }
            Map<String, BigDecimal> own = targets.regions(indicator.getId());
            if (provinces.stream().noneMatch(p -> own.containsKey(p.code()))) {
                continue;
            }
            Map<String, BigDecimal> read = values.ofMonth(indicator, month).byRegion();
            List<Evaluation.Place> places = new ArrayList<>();
            for (Division province : provinces) {
                BigDecimal value = read.get(province.code());
                BigDecimal target = own.get(province.code());
                places.add(new Evaluation.Place(null, province.code(), province.name(locale), value, target,
                        Progress.percent(indicator.getDirection(), value, target),
                        Progress.met(indicator.getDirection(), value, target)));
            }
            if (places.stream().allMatch(p -> p.value() == null)) {
                continue; // nothing to rank: a source whose module is not there yet, or a month never taken
            }
            rankings.add(new Evaluation.Ranking(indicator.getCode(), indicator.name(english(locale)),
                    indicator.getUnit(), indicator.getDirection(), ranked(places)));
        }
        return rankings;
    }

    /** Furthest first; equal progress shares a place and the next skips as many; those without progress last. */
    static List<Evaluation.Place> ranked(List<Evaluation.Place> places) {
        List<Evaluation.Place> sorted = places.stream().sorted(Comparator.comparing(Evaluation.Place::progress,
                Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(Evaluation.Place::regionCode)).toList();
        List<Evaluation.Place> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Evaluation.Place place = sorted.get(i);
            Integer rank = null;
            if (place.progress() != null) {
                Evaluation.Place before = i == 0 ? null : ranked.get(i - 1);
                rank = before != null && before.progress().compareTo(place.progress()) == 0 ? before.rank() : i + 1;
            }
            ranked.add(new Evaluation.Place(rank, place.regionCode(), place.regionName(), place.value(), place.target(),
                    place.progress(), place.met()));
        }
        return ranked;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
