package org.iptalent.registry.internal.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;

import org.iptalent.platform.FieldCipher;
import org.iptalent.platform.jdbc.CopyRows;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.IdentityNumber;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentValidator;
import org.iptalent.registry.internal.search.PendingImports;
import org.iptalent.registry.internal.search.SearchIndexer;
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
public class TalentImportKind implements ImportKind<TalentImportKind.Batch> {

    private static final Logger log = LoggerFactory.getLogger(TalentImportKind.class);
    public static final String ORGANISATIONS_CREATED = "organisationsCreated";

    private final JdbcTemplate jdbc;
    private final TalentValidator validator;
    private final ImportCodes codes;
    private final FieldCipher cipher;
    private final SearchIndexer indexer;
    private final PendingImports pendingImports;
    /** Whether a committed import's new talents' documents were all written while it merged, by job. */
    private final Map<Long, Boolean> documentsWritten = new ConcurrentHashMap<>();
    /** Writes an import's documents while it merges: one import runs at a time. */
    private final ExecutorService documents = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "talent-import-documents");
        thread.setDaemon(true);
        return thread;
    });

    TalentImportKind(JdbcTemplate jdbc, TalentValidator validator, ImportCodes codes, FieldCipher cipher,
            SearchIndexer indexer, PendingImports pendingImports) {
        this.pendingImports = pendingImports;
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

    /** A checked batch: the rows to stage, and those that may register a talent, by identity hash. */
    record Batch(CopyRows staging, Map<String, ImportRow> unregistered) {
    }

    @Override
    public ImportRun<Batch> start(ImportContext context) {
        return new Run(context);
    }

    @PreDestroy
    void stop() {
        documents.shutdownNow();
    }

    /**
     * Replaces the search documents of the talents a committed import changed. The import stands whatever
     * happens here: when indexing fails, the index is marked for a rebuild at the next start, and until then
     * the database still decides what each user sees.
     */
    @Override
    public void committed(long jobId, ImportCounts counts, boolean resumed) {
        long start = System.nanoTime();
        boolean written = Boolean.TRUE.equals(documentsWritten.remove(jobId));
        try {
            indexer.indexImport(jobId, written, resumed);
            log.info("Import {}: search index up to date {} ms after the commit ({} new talents' documents {})", jobId,
                    (System.nanoTime() - start) / 1_000_000, counts.created(),
                    written ? "written while it merged" : "added now");
        } catch (RuntimeException e) {
            log.error("Import {}: its rows are committed but indexing them failed; the index is rebuilt at the next "
                    + "start", jobId, e);
            indexer.markStale();
        }
    }

    /** One import of talents. */
    private final class Run implements ImportRun<Batch> {
        private final ImportContext context;
        private final ImportMerge.Batches batches;
        /** The rows' creation time, as the import's SQL writes it: its transaction's. */
        private final Instant writtenAt;
        /** At most two batches of documents wait to be written: the rows they hold stay in memory until then. */
        private final Semaphore waiting = new Semaphore(2);
        private final List<Future<?>> writing = new ArrayList<>();
        /** The talents whose documents were written ahead: a rolled-back import purges them. */
        private final List<Long> writtenIds = new ArrayList<>();
        /** When the first document may be written: once every node knows to leave the import's documents out. */
        private final long writableAt;
        /** Set when the import rolled back: batches not yet written are skipped, not started. */
        private volatile boolean abandoned;
        private long documentNanos;
        /** Identity numbers seen so far, with their line: a file names a talent once. */
        private final Map<String, Integer> seen = new HashMap<>();
        private int staged;
        private int skipped;

        Run(ImportContext context) {
            this.context = context;
            this.batches = ImportMerge.begin(context);
            this.writtenAt = context.transaction().queryForObject("select now()", Timestamp.class).toInstant();
            // committed before the first document is written: until the import commits, searches leave them out
            pendingImports.open(context.jobId());
            this.writableAt = System.nanoTime() + pendingImports.settle().toNanos();
        }

        @Override
        public Batch check(List<SheetRow> rows, boolean spareCores) {
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
            Map<String, ImportRow> unregistered = new HashMap<>();
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
                    if (region == null) {
                        unregistered.put(row.hash, row);
                    }
                }
            }
            return new Batch(staging, unregistered);
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

        /**
         * Merges the batch, then hands the talents it registered to the document writer, which builds their search
         * documents from the rows in memory (nothing is read back) while the next batch merges.
         */
        @Override
        public void merge(Batch batch) {
            batches.apply(batch.staging());
            if (batch.unregistered().isEmpty()) {
                return;
            }
            Map<String, ImportMerge.Created> created = batches.created();
            if (created.isEmpty()) {
                return;
            }
            waiting.acquireUninterruptibly();
            try {
                writing.add(documents.submit(() -> {
                    try {
                        if (abandoned) {
                            return null;
                        }
                        long early = writableAt - System.nanoTime();
                        if (early > 0) {
                            Thread.sleep(early / 1_000_000, (int) (early % 1_000_000));
                        }
                        long start = System.nanoTime();
                        List<Talent> copies = new ArrayList<>(created.size());
                        created.forEach((hash, talent) -> {
                            ImportRow row = batch.unregistered().get(hash);
                            copies.add(Talent.searchCopy(talent.id(), row.input, row.categories, row.qualificationType,
                                    row.qualificationNumber, talent.employerName(), context.jobId(), writtenAt));
                        });
                        created.values().forEach(talent -> writtenIds.add(talent.id()));
                        indexer.addCopies(copies);
                        documentNanos += System.nanoTime() - start;
                        return null;
                    } finally {
                        waiting.release();
                    }
                }));
            } catch (RuntimeException e) {
                waiting.release();
                throw e;
            }
        }

        /** The import's documents become visible when its rows do: in this commit. */
        @Override
        public void beforeCommit() {
            PendingImports.closeIn(context.transaction(), context.jobId());
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

        /**
         * Committed: the documents still being written are waited for (the import is searchable once they are).
         * Rolled back: they are purged; until they are, searches leave them out, so a failed import never shows.
         */
        @Override
        public void ended(boolean committed) {
            long start = System.nanoTime();
            boolean written = true;
            // a batch being written when the import failed is waited for, not cancelled: cancelling would not stop
            // it, and a purge that ran beside it would leave its documents behind
            abandoned = !committed;
            for (Future<?> task : writing) {
                try {
                    task.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    written = false;
                } catch (ExecutionException e) {
                    written = false;
                    if (committed) {
                        log.warn("Import {}: writing its documents ahead failed; they are added after the commit",
                                context.jobId(), e.getCause());
                    }
                }
            }
            log.info("Import {}: documents of its new talents written in {} ms, waited {} ms for the last", context.jobId(),
                    documentNanos / 1_000_000, (System.nanoTime() - start) / 1_000_000);
            if (committed) {
                documentsWritten.put(context.jobId(), written);
                try {
                    pendingImports.closed(context.jobId());
                } catch (RuntimeException e) {
                    // the import's own commit already closed it; this node reads the table again within a second
                    log.warn("Import {}: re-reading the pending imports failed", context.jobId(), e);
                }
                return;
            }
            try {
                indexer.purgeImport(context.jobId(), writtenIds);
                pendingImports.closed(context.jobId());
            } catch (RuntimeException e) {
                // the documents stay left out of every search; the next start purges them
                log.error("Import {}: purging the documents of a failed import failed", context.jobId(), e);
            }
        }
    }
}
