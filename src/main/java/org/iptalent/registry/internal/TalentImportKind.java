package org.iptalent.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.platform.FieldCipher;
import org.iptalent.platform.jdbc.CopyRows;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.IdentityNumber;
import org.iptalent.registry.TalentInput;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.spreadsheet.ImportContext;
import org.iptalent.spreadsheet.ImportCounts;
import org.iptalent.spreadsheet.ImportKind;
import org.iptalent.spreadsheet.ImportRun;
import org.iptalent.spreadsheet.SheetColumns;
import org.iptalent.spreadsheet.SheetRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registry's spreadsheet import: its columns ({@link ImportColumns}), its row rule (the registry's
 * validator, one row per identity number, rows within the uploader's scope, a talent registered in another
 * province refused) and its merge ({@link ImportMerge}); once committed, the changed talents are indexed.
 */
@Component
public class TalentImportKind implements ImportKind<CopyRows> {

    private static final Logger log = LoggerFactory.getLogger(TalentImportKind.class);
    public static final String ORGANISATIONS_CREATED = "organisationsCreated";

    private final JdbcTemplate jdbc;
    private final TalentValidator validator;
    private final ImportCodes codes;
    private final FieldCipher cipher;
    private final SearchIndexer indexer;

    TalentImportKind(JdbcTemplate jdbc, TalentValidator validator, ImportCodes codes, FieldCipher cipher,
            SearchIndexer indexer) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.codes = codes;
        this.cipher = cipher;
        this.indexer = indexer;
    }

    @Override
    public String name() {
        return "TalentImport";
    }

    @Override
    public SheetColumns columns() {
        return ImportColumns.SHEET;
    }

    @Override
    public ImportRun<CopyRows> start(ImportContext context) {
        return new Run(context);
    }

    /**
     * Replaces the search documents of the talents a committed import changed. The import stands whatever
     * happens here: when indexing fails, the index is marked for a rebuild at the next start, and until then
     * the database still decides what each user sees.
     */
    @Override
    public void committed(long jobId, ImportCounts counts, boolean resumed) {
        long start = System.nanoTime();
        int changed = counts.created() + counts.updated();
        try {
            indexer.indexImport(jobId, changed, resumed);
            log.info("Import {}: indexed {} changed talents in {} ms", jobId, changed,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Import {}: its rows are committed but indexing them failed; the index is rebuilt at the next "
                    + "start", jobId, e);
            indexer.markStale();
        }
    }

    /** One import of talents. */
    private final class Run implements ImportRun<CopyRows> {
        private final ImportContext context;
        private final ImportMerge.Batches batches;
        /** Identity numbers seen so far, with their line: a file names a talent once. */
        private final Map<String, Integer> seen = new HashMap<>();
        private int staged;
        private int skipped;

        Run(ImportContext context) {
            this.context = context;
            this.batches = ImportMerge.begin(context);
        }

        @Override
        public CopyRows check(List<SheetRow> rows, boolean spareCores) {
            List<ImportRow> batch = rows.stream().map(ImportRow::new).toList();
            (spareCores ? batch.parallelStream() : batch.stream()).forEach(this::prepare);
            for (ImportRow row : batch) {
                String identity = row.input.identityNumber();
                if (identity != null && !row.sheet.refused("identityNumber")) {
                    Integer first = seen.putIfAbsent(identity, row.sheet.line());
                    if (first != null) {
                        row.sheet.refuse(new Problem("identityNumber", "import.identity.duplicate", List.of(first)));
                    }
                }
            }
            Map<String, String> registered = registeredRegions(batch);
            CopyRows staging = new CopyRows(batch.size());
            for (ImportRow row : batch) {
                if (row.sheet.refused()) {
                    continue;
                }
                String region = registered.get(row.hash);
                if (region != null && !context.scope().includes(region)) {
                    row.sheet.refuse(new Problem("identityNumber", "talent.identity.elsewhere"));
                } else if (region != null && !context.updateExisting()) {
                    skipped++;
                } else {
                    staged++;
                    row.stage(context.jobId(), region != null, staging);
                }
            }
            return staging;
        }

        /** The region each already registered talent of the batch is in, by identity hash. */
        private Map<String, String> registeredRegions(List<ImportRow> batch) {
            List<String> hashes = batch.stream().filter(r -> !r.sheet.refused()).map(r -> r.hash).toList();
            Map<String, String> registered = new HashMap<>();
            if (!hashes.isEmpty()) {
                jdbc.query("select identity_hash, region_code from talent where identity_hash = any(?)",
                        ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", hashes.toArray())),
                        rs -> {
                            registered.put(rs.getString(1), rs.getString(2));
                        });
            }
            return registered;
        }

        /** Everything a row needs that depends on no other row: run on every core. */
        private void prepare(ImportRow row) {
            SheetRow sheet = row.sheet;
            String identity = IdentityNumber.normalise(sheet.value("identityNumber"));
            row.input = new TalentInput(sheet.value("name"), codes.gender(sheet.value("gender")),
                    sheet.value("birthDate"), identity, sheet.value("mobile"), sheet.value("email"),
                    codes.term(TaxonomyKind.EDUCATION, sheet.value("education")),
                    codes.term(TaxonomyKind.DISCIPLINE, sheet.value("discipline")), sheet.value("major"),
                    sheet.value("employerName"), sheet.value("employerCreditCode"),
                    codes.region(sheet.value("regionCode")), codes.industry(sheet.value("industryCode")),
                    codes.terms(TaxonomyKind.CATEGORY, sheet.value("categories")), sheet.value("position"), null,
                    null, null);
            List<Problem> problems = new ArrayList<>(validator.check(row.input));
            // an export lists every team of a talent whose categories span several
            List<String> teams = codes.terms(TaxonomyKind.TEAM, sheet.value("team"));
            row.qualificationType = codes.term(TaxonomyKind.QUALIFICATION_TYPE, sheet.value("qualificationType"));
            row.qualificationNumber = sheet.value("qualificationNumber");
            row.categories = validator.categories(row.input.categories());
            if (!teams.isEmpty() && row.categories.stream().anyMatch(c -> !teams.contains(c.getTeam()))) {
                problems.add(new Problem("team", "import.team.mismatch", List.of(sheet.value("team"))));
            }
            if (row.qualificationType != null
                    && !codes.isTerm(TaxonomyKind.QUALIFICATION_TYPE, row.qualificationType)) {
                problems.add(new Problem("qualificationType", "field.unknownCode", List.of(row.qualificationType)));
            }
            if (row.qualificationNumber != null && row.qualificationNumber.length() > 60) {
                problems.add(new Problem("qualificationNumber", "field.tooLong", List.of(60)));
            }
            String region = row.input.regionCode();
            if (region != null && problems.stream().noneMatch(p -> p.field().equals("regionCode"))
                    && !context.scope().includes(region)) {
                problems.add(new Problem("regionCode", "talent.region.outsideScope", List.of(region)));
            }
            sheet.refuse(problems);
            if (problems.isEmpty()) {
                row.encrypt(cipher);
            }
        }

        @Override
        public void merge(CopyRows batch) {
            batches.apply(batch);
        }

        @Override
        public ImportCounts counts() {
            log.info("Import {}: merged {} new and {} updated talents and registered {} employers ({})",
                    context.jobId(), batches.inserted(), batches.updated(), batches.organisationsCreated(),
                    batches.laps());
            return new ImportCounts(batches.inserted(), batches.updated(),
                    staged - batches.inserted() - batches.updated() + skipped,
                    Map.of(ORGANISATIONS_CREATED, batches.organisationsCreated()));
        }
    }
}
