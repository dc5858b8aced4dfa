package org.iptalent.registry.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import org.iptalent.platform.FieldCipher;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.IdentityNumber;
import org.iptalent.registry.TalentInput;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs one import: reads the file row by row, validates each row with the registry's validator,
 * hands the valid ones batch by batch to {@link ImportMerge}'s transaction, writes the invalid ones to the
 * error report, and when the file has passed commits the import and indexes it.
 */
@Component
class TalentImporter {

    private static final Logger log = LoggerFactory.getLogger(TalentImporter.class);
    private static final int BATCH = 5_000;
    /** A batch is also handed over at this many characters, so rows in flight have a bounded cost whatever they hold. */
    private static final int BATCH_CHARS = 4_000_000;
    private static final List<ImportRow> END = List.of();

    private final JdbcTemplate jdbc;
    private final TalentValidator validator;
    private final ImportCodes codes;
    private final FieldCipher cipher;
    private final ImportMerge merge;
    private final ImportProperties properties;
    private final MessageSource messages;
    private final ImportCompletion completion;
    /** The reader and merger threads of the running import. */
    private final ExecutorService io = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "talent-import-io");
        thread.setDaemon(true);
        return thread;
    });

    TalentImporter(JdbcTemplate jdbc, TalentValidator validator, ImportCodes codes, FieldCipher cipher,
            ImportMerge merge, ImportProperties properties, MessageSource messages,
            ImportCompletion completion) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.codes = codes;
        this.cipher = cipher;
        this.merge = merge;
        this.properties = properties;
        this.messages = messages;
        this.completion = completion;
    }

    @PreDestroy
    void stop() {
        io.shutdownNow();
    }

    void run(long id) throws IOException {
        Map<String, Object> job = jdbc.queryForMap("select * from talent_import where id = ?", id);
        Path file = Path.of((String) job.get("stored_file"));
        RegionScope scope = Boolean.TRUE.equals(job.get("scope_national")) ? RegionScope.national()
                : RegionScope.of((String) job.get("scope_region"));
        Locale locale = Locale.forLanguageTag((String) job.get("locale"));
        boolean updateExisting = Boolean.TRUE.equals(job.get("update_existing"));
        SpreadsheetReader.Format format = SpreadsheetReader.Format.valueOf((String) job.get("format"));

        jdbc.update("update talent_import set total_rows = ?, processed_rows = 0 where id = ?",
                RowEstimate.of(file, format), id);
        Path reportFile = properties.directory().resolve("import-" + id + "-errors.xlsx");
        long start = System.nanoTime();
        Pass pass;
        try (ImportMerge.Batches writes = merge.begin(id)) {
            pass = new Pass(id, scope, locale, updateExisting, reportFile, writes);
            try {
                pass.run(file, format);
            } finally {
                pass.report.close();
            }
            log.info("Import {}: {} rows read, checked and merged in {} ms (preparing {} ms, looking up {} ms, "
                    + "waiting for rows {} ms, waiting for the merge {} ms)", id, pass.rows,
                    (System.nanoTime() - start) / 1_000_000, pass.preparing / 1_000_000, pass.lookingUp / 1_000_000,
                    pass.waitingForRows / 1_000_000, pass.waitingForMerge / 1_000_000);
            // the row count was an estimate (exact, or 0 when the file does not say) until now; with the exact
            // counts in place (the job keeps them) the page shows the last step, commit and index, as such
            jdbc.update("update talent_import set total_rows = ?, processed_rows = ?, error_rows = ?, error_report = ? "
                    + "where id = ?", pass.rows, pass.rows, pass.errors,
                    pass.errors > 0 ? reportFile.toAbsolutePath().toString() : null, id);
            ImportMerge.Counts counts = writes.commit(pass.staged, pass.skipped);
            completion.indexCommitted(id, counts.inserted() + counts.updated(), false);
        }
        completion.complete(id);
    }

    /**
     * One pass over the file, in three overlapping stages: a reader thread parses the file into
     * batches, this thread validates and encrypts a batch (on every core) and decides each row, and
     * a merger thread writes the previous batch meanwhile. The error report is written in file order.
     */
    private final class Pass implements SpreadsheetReader.Rows {
        final long id;
        final RegionScope scope;
        final Locale locale;
        final boolean updateExisting;
        final ImportErrorReport report;
        final ImportMerge.Batches writes;
        final Map<String, Integer> seen = new HashMap<>();
        final BlockingQueue<List<ImportRow>> batches = new ArrayBlockingQueue<>(2);
        List<ImportRow> reading = new ArrayList<>(BATCH);
        int readingChars;
        Future<?> merging = CompletableFuture.completedFuture(null);
        volatile Map<String, Integer> columns;
        int rows;
        int errors;
        int staged;
        int skipped;
        long preparing;
        long lookingUp;
        long waitingForRows;
        long waitingForMerge;

        Pass(long id, RegionScope scope, Locale locale, boolean updateExisting, Path reportFile,
                ImportMerge.Batches writes) throws IOException {
            this.id = id;
            this.writes = writes;
            this.scope = scope;
            this.locale = locale;
            this.updateExisting = updateExisting;
            this.report = new ImportErrorReport(reportFile, messages, locale);
        }

        void run(Path file, SpreadsheetReader.Format format) throws IOException {
            Future<?> reader = io.submit(() -> {
                try {
                    SpreadsheetReader.read(file, format, properties.maxRows(), properties.workbookLimits(), this);
                    if (!reading.isEmpty()) {
                        batches.put(reading);
                    }
                } finally {
                    batches.put(END);
                }
                return null;
            });
            try {
                while (true) {
                    long t = System.nanoTime();
                    List<ImportRow> batch = batches.take();
                    waitingForRows += System.nanoTime() - t;
                    if (batch == END) {
                        break;
                    }
                    flush(batch);
                }
                reader.get();
                awaitMerge();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                reader.cancel(true);
                settleMerge();
            }
        }

        /** On the way out after a failure: a batch still being merged must end before the transaction rolls back. */
        private void settleMerge() {
            try {
                merging.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the failure being reported is the one that matters; this batch is discarded with the job
            }
        }

        private void awaitMerge() throws InterruptedException, ExecutionException {
            long t = System.nanoTime();
            merging.get();
            waitingForMerge += System.nanoTime() - t;
        }

        @Override
        public void header(List<String> names) {
            columns = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i) != null) {
                    columns.putIfAbsent(ImportColumns.canonical(names.get(i), messages), i);
                }
            }
            List<String> missing = ImportColumns.REQUIRED.stream().filter(c -> !columns.containsKey(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new BusinessRuleException("file", "import.file.missingColumns", String.join("、", missing));
            }
            report.header(names);
        }

        private String value(String[] values, String column) {
            Integer index = columns.get(column);
            if (index == null || index >= values.length || values[index] == null) {
                return null;
            }
            String v = values[index].trim();
            return v.isEmpty() ? null : v;
        }

        /** On the reader thread: hands full batches over, waiting while two are queued. */
        @Override
        public void row(int line, String[] values) {
            reading.add(new ImportRow(line, values));
            for (String value : values) {
                readingChars += value == null ? 0 : value.length();
            }
            if (reading.size() >= BATCH || readingChars >= BATCH_CHARS) {
                try {
                    batches.put(reading);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("import interrupted", e);
                }
                reading = new ArrayList<>(BATCH);
                readingChars = 0;
            }
        }

        /** Everything a row needs that depends on no other row: run on every core. */
        private void prepare(ImportRow s) {
            String[] values = s.values;
            String identity = IdentityNumber.normalise(value(values, ImportColumns.IDENTITY));
            s.input = new TalentInput(value(values, ImportColumns.NAME),
                    codes.gender(value(values, ImportColumns.GENDER)), value(values, ImportColumns.BIRTH_DATE),
                    identity, value(values, ImportColumns.MOBILE), value(values, ImportColumns.EMAIL),
                    codes.term(TaxonomyKind.EDUCATION, value(values, ImportColumns.EDUCATION)),
                    codes.term(TaxonomyKind.DISCIPLINE, value(values, ImportColumns.DISCIPLINE)),
                    value(values, ImportColumns.MAJOR), value(values, ImportColumns.EMPLOYER),
                    value(values, ImportColumns.CREDIT_CODE), codes.region(value(values, ImportColumns.REGION)),
                    codes.industry(value(values, ImportColumns.INDUSTRY)),
                    codes.terms(TaxonomyKind.CATEGORY, value(values, ImportColumns.CATEGORY)),
                    value(values, ImportColumns.POSITION), null, null, null);
            List<Problem> problems = new ArrayList<>(validator.check(s.input));
            // an export lists every team of a talent whose categories span several
            List<String> teams = codes.terms(TaxonomyKind.TEAM, value(values, ImportColumns.TEAM));
            s.qualificationType = codes.term(TaxonomyKind.QUALIFICATION_TYPE,
                    value(values, ImportColumns.QUALIFICATION_TYPE));
            s.qualificationNumber = value(values, ImportColumns.QUALIFICATION_NUMBER);
            s.categories = validator.categories(s.input.categories());
            if (!teams.isEmpty() && s.categories.stream().anyMatch(c -> !teams.contains(c.getTeam()))) {
                problems.add(new Problem("team", "import.team.mismatch", List.of(value(values, ImportColumns.TEAM))));
            }
            if (s.qualificationType != null && !codes.isTerm(TaxonomyKind.QUALIFICATION_TYPE, s.qualificationType)) {
                problems.add(new Problem("qualificationType", "field.unknownCode", List.of(s.qualificationType)));
            }
            if (s.qualificationNumber != null && s.qualificationNumber.length() > 60) {
                problems.add(new Problem("qualificationNumber", "field.tooLong", List.of(60)));
            }
            String region = s.input.regionCode();
            if (region != null && problems.stream().noneMatch(p -> p.field().equals("regionCode"))
                    && !scope.includes(region)) {
                problems.add(new Problem("regionCode", "talent.region.outsideScope", List.of(region)));
            }
            s.problems = problems;
            if (problems.isEmpty()) {
                s.encrypt(cipher);
            }
        }

        /**
         * Validates and encrypts the batch, then, in file order, stages what passes. On every core, unless the
         * previous batch is still being merged: that merge is the import's pace, and its database backend needs
         * a core to itself more than this batch needs a second one.
         */
        void flush(List<ImportRow> batch) throws InterruptedException, ExecutionException {
            rows += batch.size();
            long t0 = System.nanoTime();
            (merging.isDone() ? batch.parallelStream() : batch.stream()).forEach(this::prepare);
            preparing += System.nanoTime() - t0;
            for (ImportRow s : batch) {
                String identity = s.input.identityNumber();
                if (identity != null && s.problems.stream().noneMatch(p -> p.field().equals("identityNumber"))) {
                    Integer first = seen.putIfAbsent(identity, s.line);
                    if (first != null) {
                        s.problems.add(new Problem("identityNumber", "import.identity.duplicate", List.of(first)));
                    }
                }
            }
            long t1 = System.nanoTime();
            List<String> hashes = batch.stream().filter(s -> s.problems.isEmpty()).map(s -> s.hash).toList();
            Map<String, String> existing = new HashMap<>();
            if (!hashes.isEmpty()) {
                jdbc.query("select identity_hash, region_code from talent where identity_hash = any(?)",
                        ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", hashes.toArray())),
                        rs -> {
                            existing.put(rs.getString(1), rs.getString(2));
                        });
            }
            lookingUp += System.nanoTime() - t1;
            StringBuilder csv = new StringBuilder(batch.size() * 600);
            for (ImportRow s : batch) {
                if (!s.problems.isEmpty()) {
                    errors++;
                    report.row(s.line, s.values, s.problems);
                    continue;
                }
                String region = existing.get(s.hash);
                if (region != null && !scope.includes(region)) {
                    errors++;
                    report.row(s.line, s.values, List.of(new Problem("identityNumber", "talent.identity.elsewhere")));
                    continue;
                }
                if (region != null && !updateExisting) {
                    skipped++;
                    continue;
                }
                staged++;
                s.appendCsv(id, region != null, csv);
            }
            awaitMerge();
            int done = rows;
            int failed = errors;
            merging = io.submit(() -> {
                writes.apply(csv);
                jdbc.update("update talent_import set processed_rows = ?, error_rows = ? where id = ?", done, failed,
                        id);
            });
        }
    }
}
