package org.iptalent.analytics.annual;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.analytics.annual.AnnualFigures.ChartKind;
import org.iptalent.analytics.annual.AnnualFigures.LabelKind;
import org.iptalent.analytics.annual.AnnualFigures.Row;
import org.iptalent.analytics.annual.AnnualFigures.Section;
import org.iptalent.demand.DemandFigures;
import org.iptalent.demand.DemandHorizon;
import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.PlanTargets;
import org.iptalent.planning.history.SnapshotStore;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.registry.TalentFlowCount;
import org.iptalent.registry.TalentMovements;
import org.iptalent.registry.TalentStructure;
import org.iptalent.registry.TalentStructure.Breakdown;
import org.iptalent.registry.TalentSupply;
import org.iptalent.registry.TalentSupply.GroupCount;
import org.iptalent.registry.TalentSupply.Grouping;
import org.iptalent.registry.TalentSupply.SupplyFilter;
import org.springframework.stereotype.Component;

/**
 * Computes a year's figures for its report. Everything the monthly history keeps is read from it at the year's last
 * month taken (December, or the latest month of the current year), corrections applied, so the figures are the
 * history's; the structure the history does not keep (education, discipline, age, qualifications) is counted from
 * the registry as of that month's last day, over the same talents as {@code registry.talents}; demand is the survey
 * year's, its supply the registry's active talents when drafted, as the supply-versus-demand map counts them. The
 * report freezes the result: nothing here is read again when it is rendered.
 */
@Component
class YearFigures {

    static final String NATIONAL = "000000";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String TALENTS = "registry.talents";
    static final String TEAM_SOURCE = "registry.team.";
    /** The headline figures: the history's national sources, each a row of the totals. */
    static final List<String> TOTALS = List.of(TALENTS, "registry.licensed-patent-agents",
            "registry.information-service-staff", "expert.appointed-experts");
    static final List<String> TRAINING = List.of("training.national-bases", "training.publicity-staff-trained",
            "training.satisfaction", "education.degree-programmes", "education.joint-academies");
    static final List<String> EXPERTS = List.of("expert.appointed-experts", "expert.trademark-examination-team",
            category("geographical-indication"), category("trade-secret"), category("traditional-knowledge"),
            category("traditional-culture"), category("technical-field"), "programme.selected-leading-talents");

    /** The expert pool's source of a category of the plan's classification ({@code expert.category.<category>}). */
    private static String category(String category) {
        return "expert.category." + category;
    }

    private static final String YEAR = "analytics.annual.col.year";
    private static final String PREVIOUS = "analytics.annual.col.previous";
    private static final String TALENTS_COLUMN = "analytics.annual.col.talents";
    private static final String SHARE = "analytics.annual.col.share";

    private final SnapshotStore store;
    private final TalentStructure structure;
    private final DemandFigures demand;
    private final PlanTargets plans;
    private final ReferenceData reference;
    private final TalentMovements movements;
    private final IndicatorRegions regions;
    private final RowLabels labels;
    private final TalentSupply supply;
    private final Clock clock;

    YearFigures(SnapshotStore store, TalentStructure structure, DemandFigures demand, PlanTargets plans,
            ReferenceData reference, TalentMovements movements, IndicatorRegions regions, RowLabels labels,
            TalentSupply supply, Clock clock) {
        this.regions = regions;
        this.labels = labels;
        this.supply = supply;
        this.clock = clock;
        this.store = store;
        this.structure = structure;
        this.demand = demand;
        this.plans = plans;
        this.reference = reference;
        this.movements = movements;
    }

    /** The year's last month the job took the talents' history for; none: {@link NoSnapshotsException}. */
    YearMonth month(int year) {
        return store.months(TALENTS).stream().filter(m -> m.getYear() == year).reduce((a, b) -> b)
                .orElseThrow(() -> new NoSnapshotsException(year));
    }

    AnnualFigures compute(int year) {
        YearMonth month = month(year);
        YearMonth previous = YearMonth.of(year - 1, 12);
        List<Term> teams = reference.terms(TaxonomyKind.TEAM);
        List<Section> sections = new ArrayList<>();

        sections.add(new Section("totals", ChartKind.NONE, "analytics.annual.col.item", List.of(YEAR, PREVIOUS),
                TOTALS.stream().map(code -> Row.of(LabelKind.KEY, "analytics.annual.source." + code,
                        national(code, month), national(code, previous))).toList()));

        sections.add(new Section("teams", ChartKind.BAR, "analytics.annual.col.team", List.of(YEAR, PREVIOUS),
                teams.stream().map(t -> Row.of(LabelKind.TEAM, t.code(), national(TEAM_SOURCE + t.code(), month),
                        national(TEAM_SOURCE + t.code(), previous))).toList()));

        sections.add(regions(month, teams));

        sections.add(structure("education", ChartKind.PIE, "analytics.annual.col.education", LabelKind.EDUCATION,
                Breakdown.EDUCATION, month));
        sections.add(structure("discipline", ChartKind.BAR, "analytics.annual.col.discipline",
                LabelKind.DISCIPLINE, Breakdown.DISCIPLINE, month));
        sections.add(structure("age", ChartKind.BAR, "analytics.annual.col.age", LabelKind.KEY, Breakdown.AGE_BAND,
                month));
        sections.add(structure("qualifications", ChartKind.BAR, "analytics.annual.col.qualification",
                LabelKind.QUALIFICATION_TYPE, Breakdown.QUALIFICATION, month));

        sections.add(new Section("training", ChartKind.NONE, "analytics.annual.col.item", List.of(YEAR, PREVIOUS),
                TRAINING.stream().map(code -> Row.of(LabelKind.KEY, "analytics.annual.source." + code,
                        national(code, month), national(code, previous))).toList()));
        sections.add(new Section("experts", ChartKind.BAR, "analytics.annual.col.item", List.of(YEAR, PREVIOUS),
                EXPERTS.stream().map(code -> Row.of(LabelKind.KEY, "analytics.annual.source." + code,
                        national(code, month), national(code, previous))).toList()));

        sections.addAll(demand(year, teams));
        sections.add(flows(year));
        sections.add(indicators(year, month));
        // the reference data's names as they are today, kept with the figures: a term renamed later changes no report
        return new AnnualFigures(year, month.toString(), LocalDate.now(clock.withZone(CHINA)).toString(),
                sections.stream().map(labels::freeze).toList());
    }

    private BigDecimal national(String source, YearMonth month) {
        return store.valueOf(source, NATIONAL, month);
    }

    /** Every province's talents and its teams' at the month. */
    private Section regions(YearMonth month, List<Term> teams) {
        Map<String, BigDecimal> talents = store.regions(TALENTS, month);
        Map<String, Map<String, BigDecimal>> byTeam = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>(List.of(TALENTS_COLUMN));
        for (Term team : teams) {
            byTeam.put(team.code(), store.regions(TEAM_SOURCE + team.code(), month));
            columns.add("analytics.annual.col.team." + team.code());
        }
        List<Row> rows = new ArrayList<>();
        for (String province : regions.provinces()) {
            List<BigDecimal> values = new ArrayList<>();
            values.add(talents.get(province));
            byTeam.values().forEach(team -> values.add(team.get(province)));
            rows.add(new Row(LabelKind.REGION, province, null, null, values));
        }
        return new Section("regions", ChartKind.BAR, "analytics.annual.col.province", columns, rows);
    }

    /** A breakdown of the talents present at the month's end, each value with its share of the whole in percent. */
    private Section structure(String key, ChartKind chart, String labelColumn, LabelKind kind, Breakdown breakdown,
            YearMonth month) {
        List<TalentStructure.Share> shares = structure.count(breakdown, month.atEndOfMonth());
        long total = breakdown == Breakdown.QUALIFICATION ? 0
                : shares.stream().mapToLong(TalentStructure.Share::count).sum();
        List<Row> rows = new ArrayList<>();
        for (TalentStructure.Share share : shares) {
            BigDecimal count = BigDecimal.valueOf(share.count());
            BigDecimal percent = total == 0 ? null
                    : count.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
            if (share.code() == null) {
                rows.add(Row.of(LabelKind.NOT_GIVEN, null, count, percent));
            } else if (breakdown == Breakdown.AGE_BAND) {
                rows.add(Row.of(kind, "analytics.annual.age." + share.code(), count, percent));
            } else {
                rows.add(Row.of(kind, share.code(), count, percent));
            }
        }
        List<String> columns = breakdown == Breakdown.QUALIFICATION ? List.of(TALENTS_COLUMN)
                : List.of(TALENTS_COLUMN, SHARE);
        if (breakdown == Breakdown.QUALIFICATION) {
            rows = rows.stream().map(r -> new Row(r.kind(), r.code(), null, null, r.values().subList(0, 1))).toList();
        }
        return new Section(key, chart, labelColumn, columns, rows);
    }

    /**
     * The survey year's demand now, by team and by province, beside the supply and the gap (demand less supply:
     * positive a shortage). The supply is the one the supply-versus-demand map shows ({@link TalentSupply}): the
     * registry's active talents, merged duplicates left out, counted now (a talent in several teams in each), so the
     * report's gap and the map's agree on the day it is drafted; the section's footnote says so.
     */
    private List<Section> demand(int year, List<Term> teams) {
        Map<String, Long> byTeam = new LinkedHashMap<>();
        Map<String, Long> byProvince = new LinkedHashMap<>();
        for (DemandFigures.DemandCell cell : demand.grouped(year, DemandHorizon.NOW)) {
            byTeam.merge(cell.team(), cell.count(), Long::sum);
            byProvince.merge(cell.provinceCode(), cell.count(), Long::sum);
        }
        List<String> columns = List.of("analytics.annual.col.demand", "analytics.annual.col.supply",
                "analytics.annual.col.gap");
        List<Row> teamRows = teams.stream().map(t -> gapRow(LabelKind.TEAM, t.code(), byTeam.get(t.code()),
                BigDecimal.valueOf(activeByProvince(t.code()).values().stream().mapToLong(Long::longValue).sum())))
                .toList();
        Map<String, Long> active = activeByProvince(null);
        List<Row> provinceRows = regions.provinces().stream().map(p -> gapRow(LabelKind.REGION, p,
                byProvince.get(p), BigDecimal.valueOf(active.getOrDefault(p, 0L)))).toList();
        return List.of(new Section("demandTeams", ChartKind.BAR, "analytics.annual.col.team", columns, teamRows),
                new Section("demandRegions", ChartKind.NONE, "analytics.annual.col.province", columns, provinceRows));
    }

    /** The active talents now by province, of a team or of all: the map's supply, one statement. */
    private Map<String, Long> activeByProvince(String team) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (GroupCount count : supply.count(new SupplyFilter(null, team, null, null), Grouping.PROVINCE)) {
            counts.merge(count.code() == null ? "" : count.code(), count.count(), Long::sum);
        }
        return counts;
    }

    private static Row gapRow(LabelKind kind, String code, Long demanded, BigDecimal supply) {
        BigDecimal need = BigDecimal.valueOf(demanded == null ? 0 : demanded);
        return Row.of(kind, code, need, supply, supply == null ? null : need.subtract(supply));
    }

    /**
     * The year's flows between provinces (the registry's moves, counted by the national office's read of them):
     * talents who moved in from another province, who moved out to one, the net inflow, and the talents who joined
     * the registry there.
     */
    private Section flows(int year) {
        Map<String, long[]> byProvince = new LinkedHashMap<>();
        for (TalentFlowCount count : movements.counts(year, year)) {
            String to = province(count.toCityCode());
            if (count.joined()) {
                byProvince.computeIfAbsent(to, p -> new long[3])[2] += count.talents();
                continue;
            }
            String from = province(count.fromCityCode());
            if (!from.equals(to)) {
                byProvince.computeIfAbsent(to, p -> new long[3])[0] += count.talents();
                byProvince.computeIfAbsent(from, p -> new long[3])[1] += count.talents();
            }
        }
        List<Row> rows = regions.provinces().stream().map(p -> {
            long[] flow = byProvince.getOrDefault(p, new long[3]);
            return Row.of(LabelKind.REGION, p, BigDecimal.valueOf(flow[0]), BigDecimal.valueOf(flow[1]),
                    BigDecimal.valueOf(flow[0] - flow[1]), BigDecimal.valueOf(flow[2]));
        }).toList();
        return new Section("flows", ChartKind.BAR, "analytics.annual.col.province",
                List.of("analytics.annual.col.inflow", "analytics.annual.col.outflow", "analytics.annual.col.net",
                        "analytics.annual.col.joined"), rows);
    }

    private static String province(String code) {
        return code.substring(0, 2) + "0000";
    }

    /** The plan's indicators: the value its source had at the month, in the indicator's unit, beside the target. */
    private Section indicators(int year, YearMonth month) {
        List<Row> rows = new ArrayList<>();
        for (PlanTargets.Target target : plans.ofYear(year)) {
            BigDecimal value = target.sourceCode() == null ? null
                    : target.unit().fromBase(national(target.sourceCode(), month));
            rows.add(new Row(LabelKind.NAMED, target.nameZh(), null, target.nameEn(), java.util.Arrays.asList(value,
                    target.target(), BigDecimal.valueOf(target.targetYear()), progress(value, target.target()))));
        }
        return new Section("indicators", ChartKind.NONE, "analytics.annual.col.indicator",
                List.of("analytics.annual.col.value", "analytics.annual.col.target", "analytics.annual.col.targetYear",
                        "analytics.annual.col.progress"), rows);
    }

    private static BigDecimal progress(BigDecimal value, BigDecimal target) {
        if (value == null || target == null || target.signum() == 0) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }
}
