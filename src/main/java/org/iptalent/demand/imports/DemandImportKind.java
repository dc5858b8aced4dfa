package org.iptalent.demand.imports;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.iptalent.demand.DemandHorizon;
import org.iptalent.demand.report.DemandInput;
import org.iptalent.demand.report.DemandRules;
import org.iptalent.demand.round.SurveyRounds;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.spreadsheet.ImportContext;
import org.iptalent.spreadsheet.ImportCounts;
import org.iptalent.spreadsheet.ImportKind;
import org.iptalent.spreadsheet.ImportRun;
import org.iptalent.spreadsheet.SheetColumns;
import org.iptalent.spreadsheet.SheetRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reported needs as a spreadsheet import. An employer's file ({@link #subjectKind()}: its organisation) reports for
 * the employer, places within its province, for years whose round is open; an administration's names each row's
 * employer by credit code, an organisation of its region, places within its region. Each row passes the rules of
 * {@link DemandRules}; codes may be given as codes or as the lists' names. Good rows are recorded (a need reported
 * before gets the new count when the upload says to update), bad ones go to the error report.
 */
@Component
public class DemandImportKind implements ImportKind<DemandImportKind.Batch> {

    public static final String NAME = "DemandImport";
    public static final String SUBJECT = "Organisation";

    private final SheetColumns columns;
    private final DemandRules rules;
    private final ReferenceData reference;
    private final OrganisationRecords organisations;
    private final SurveyRounds rounds;
    private final MessageSource messages;

    DemandImportKind(MessageSource messages, ReferenceData reference, OrganisationRecords organisations,
            SurveyRounds rounds) {
        this.columns = DemandColumns.of(messages);
        this.rules = new DemandRules(reference);
        this.reference = reference;
        this.organisations = organisations;
        this.rounds = rounds;
        this.messages = messages;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String subjectKind() {
        return SUBJECT;
    }

    @Override
    public SheetColumns columns() {
        return columns;
    }

    /** A row that passed. */
    record Need(long organisationId, DemandRules.Checked need) {
    }

    record Batch(List<Need> needs) {
    }

    @Override
    public ImportRun<Batch> start(ImportContext context) {
        return new Run(context);
    }

    private final class Run implements ImportRun<Batch> {
        private final ImportContext context;
        private final Map<String, Optional<Organisation>> byCreditCode = new ConcurrentHashMap<>();
        private final Map<String, Boolean> openRounds = new ConcurrentHashMap<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private final String employerRegion;
        private int good;
        private int created;
        private int updated;

        Run(ImportContext context) {
            this.context = context;
            this.employerRegion = context.subject() == null ? null : context.transaction().queryForObject(
                    "select region_code from organisation where id = ?", String.class, context.subject());
        }

        @Override
        public Batch check(List<SheetRow> rows, boolean spareCores) {
            List<Need> needs = new ArrayList<>(rows.size());
            for (SheetRow row : rows) {
                Need need = check(row);
                if (!row.refused()) {
                    good++;
                    needs.add(need);
                }
            }
            return new Batch(needs);
        }

        private Need check(SheetRow row) {
            List<Problem> problems = new ArrayList<>();
            Long organisationId = organisation(row, problems);
            Integer year = whole(row, "year", problems);
            Integer count = whole(row, "count", problems);
            DemandInput input = new DemandInput(organisationId, year, horizon(row.value("horizon")),
                    row.value("regionCode"), row.value("industryCode"), term(TaxonomyKind.TEAM, row.value("team")),
                    term(TaxonomyKind.CATEGORY, row.value("category")),
                    term(TaxonomyKind.QUALIFICATION_TYPE, row.value("qualification")),
                    term(TaxonomyKind.EDUCATION, row.value("education")), count);
            for (Problem problem : rules.problems(input, context.scope())) {
                if (problems.stream().noneMatch(p -> p.field().equals(problem.field()))) {
                    problems.add(problem);
                }
            }
            if (problems.isEmpty() && employerRegion != null && !openRounds.computeIfAbsent(
                    employerRegion.substring(0, 2) + ":" + year, k -> rounds.open(employerRegion, year))) {
                problems.add(new Problem("year", "demand.round.notOpen", List.of(String.valueOf(year))));
            }
            if (problems.isEmpty()) {
                DemandRules.Checked checked = rules.checked(input);
                String key = organisationId + "|" + checked.year() + "|" + checked.horizon() + "|"
                        + checked.regionCode() + "|" + checked.industryCode() + "|" + checked.category() + "|"
                        + checked.education() + "|" + checked.qualification();
                Integer first = seen.putIfAbsent(key, row.line());
                if (first != null) {
                    problems.add(new Problem("count", "demand.import.duplicate", List.of(String.valueOf(first))));
                }
                row.refuse(problems);
                return problems.isEmpty() ? new Need(organisationId, checked) : null;
            }
            row.refuse(problems);
            return null;
        }

        /** The employer's own file, or the organisation a credit code names within the uploader's region. */
        private Long organisation(SheetRow row, List<Problem> problems) {
            if (context.subject() != null) {
                return context.subject();
            }
            String code = row.value("creditCode");
            if (code == null) {
                problems.add(new Problem("creditCode", "field.required"));
                return null;
            }
            String normalised = code.trim().toUpperCase(Locale.ROOT);
            Optional<Organisation> found = byCreditCode.computeIfAbsent(normalised, organisations::withCreditCode);
            if (found.isEmpty() || found.get().getMergedIntoId() != null) {
                problems.add(new Problem("creditCode", "demand.organisation.unknownCreditCode", List.of(code)));
                return null;
            }
            if (!context.scope().includes(found.get().getRegionCode())) {
                problems.add(new Problem("creditCode", "demand.organisation.outOfScope", List.of(code)));
                return null;
            }
            return found.get().getId();
        }

        private Integer whole(SheetRow row, String field, List<Problem> problems) {
            String value = row.value(field);
            if (value == null) {
                return null;
            }
            try {
                String text = value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
                long number = Long.parseLong(text.replace(",", "").trim());
                if (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
                    problems.add(new Problem(field, "demand.import.notWhole", List.of(value)));
                    return null;
                }
                return (int) number;
            } catch (NumberFormatException e) {
                problems.add(new Problem(field, "demand.import.notWhole", List.of(value)));
                return null;
            }
        }

        @Override
        public void merge(Batch batch) {
            List<Need> needs = batch.needs();
            if (needs.isEmpty()) {
                return;
            }
            for (boolean inserted : context.transaction().query(con -> {
                var ps = con.prepareStatement("""
                        insert into demand_report (organisation_id, survey_year, horizon, region_code, province_code,
                          city_code, industry_code, team, category, qualification, education, headcount,
                          reported_by, created_at, updated_at)
                        select n.organisation_id, n.survey_year, n.horizon, n.region_code,
                          substr(n.region_code, 1, 2) || '0000',
                          case when n.region_code like '%0000' then null else substr(n.region_code, 1, 4) || '00' end,
                          n.industry_code, n.team, n.category, n.qualification, n.education, n.headcount, ?, now(),
                          now()
                        from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::int[]) as n(organisation_id, survey_year, horizon, region_code,
                          industry_code, team, category, qualification, education, headcount)
                        on conflict (organisation_id, survey_year, horizon, region_code, industry_code, category,
                          education, (coalesce(qualification, ''))) do update
                          set headcount = excluded.headcount, team = excluded.team,
                            reported_by = excluded.reported_by, version = demand_report.version + 1,
                            updated_at = excluded.updated_at
                          where ? and demand_report.headcount <> excluded.headcount
                        returning xmax = 0
                        """);
                ps.setLong(1, context.uploaderId());
                ps.setArray(2, array(con, "bigint", needs.stream().map(Need::organisationId).toArray()));
                ps.setArray(3, array(con, "int", needs.stream().map(n -> n.need().year()).toArray()));
                ps.setArray(4, array(con, "text", needs.stream().map(n -> n.need().horizon().name()).toArray()));
                ps.setArray(5, array(con, "text", needs.stream().map(n -> n.need().regionCode()).toArray()));
                ps.setArray(6, array(con, "text", needs.stream().map(n -> n.need().industryCode()).toArray()));
                ps.setArray(7, array(con, "text", needs.stream().map(n -> n.need().team()).toArray()));
                ps.setArray(8, array(con, "text", needs.stream().map(n -> n.need().category()).toArray()));
                ps.setArray(9, array(con, "text", needs.stream().map(n -> n.need().qualification()).toArray()));
                ps.setArray(10, array(con, "text", needs.stream().map(n -> n.need().education()).toArray()));
                ps.setArray(11, array(con, "int", needs.stream().map(n -> n.need().count()).toArray()));
                ps.setBoolean(12, context.updateExisting());
                return ps;
            }, (rs, n) -> rs.getBoolean(1))) {
                if (inserted) {
                    created++;
                } else {
                    updated++;
                }
            }
        }

        private static Array array(Connection con, String type, Object[] values) throws SQLException {
            return con.createArrayOf(type, values);
        }

        @Override
        public ImportCounts counts() {
            return new ImportCounts(created, updated, good - created - updated, Map.of());
        }
    }

    /** A horizon as its code or its label in either language ("现在", "Y3", "within 3 years"). */
    private String horizon(String value) {
        if (value == null) {
            return null;
        }
        for (DemandHorizon h : DemandHorizon.values()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                if (value.trim().equalsIgnoreCase(messages.getMessage("demand.horizon." + h.name(), null, h.name(),
                        locale))) {
                    return h.name();
                }
            }
        }
        return value;
    }

    /** A term as its code, or its name in either language; anything else as given, for the rule to refuse. */
    private String term(TaxonomyKind kind, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        for (Term term : reference.terms(kind)) {
            if (term.code().equals(trimmed) || trimmed.equals(term.nameZh()) || trimmed.equalsIgnoreCase(term.nameEn())) {
                return term.code();
            }
        }
        return trimmed;
    }
}
