package org.iptalent.spreadsheet.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RegionScope;
import org.iptalent.spreadsheet.ImportContext;
import org.iptalent.spreadsheet.ImportCounts;
import org.iptalent.spreadsheet.ImportKind;
import org.iptalent.spreadsheet.ImportRun;
import org.iptalent.spreadsheet.SheetColumns;
import org.iptalent.spreadsheet.SheetRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Runs one import job: a reader thread parses the file into batches, the job's thread has the kind check a
 * batch (on every core when nothing is merging) and writes its refused rows to the error report in file
 * order, and a merger thread has the kind merge the previous batch meanwhile, in the import's one
 * transaction. When the whole file has passed, the job's counts and the mark that it committed go into that
 * same transaction, which then commits: all or nothing.
 */
@Component
class ImportPass {

    private static final Logger log = LoggerFactory.getLogger(ImportPass.class);
    private static final int BATCH = 5_000;
    /** A batch is also handed over at this many characters, so rows in flight have a bounded cost whatever they hold. */
    private static final int BATCH_CHARS = 4_000_000;
    private static final List<SheetRow> END = List.of();

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ImportProperties properties;
    private final MessageSource messages;
    private final ImportFinish finish;
    private final ImportJobTable table;
    /** The reader and merger threads of the running import. */
    private final ExecutorService io = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "spreadsheet-import-io");
        thread.setDaemon(true);
        return thread;
    });

    ImportPass(JdbcTemplate jdbc, DataSource dataSource, ImportProperties properties, MessageSource messages,
            ImportFinish finish, ImportJobTable table) {
        this.table = table;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.properties = properties;
        this.messages = messages;
        this.finish = finish;
    }

    @PreDestroy
    void stop() {
        io.shutdownNow();
    }

    <B> void run(long id, ImportKind<B> kind) throws IOException, SQLException {
        Map<String, Object> job = jdbc.queryForMap("select * from import_job where id = ?", id);
        Path file = Path.of((String) job.get("stored_file"));
        RegionScope scope = Boolean.TRUE.equals(job.get("scope_national")) ? RegionScope.national()
                : RegionScope.of((String) job.get("scope_region"));
        Locale locale = Locale.forLanguageTag((String) job.get("locale"));
        SpreadsheetReader.Format format = SpreadsheetReader.Format.valueOf((String) job.get("format"));
        jdbc.update("update import_job set total_rows = ?, processed_rows = 0 where id = ?",
                RowEstimate.of(file, format), id);
        Path reportFile = properties.directory().resolve("import-" + id + "-errors.xlsx");
        long start = System.nanoTime();
        ImportCounts counts;
        ImportRun<B> run = null;
        boolean committed = false;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                JdbcTemplate transaction = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                ImportContext context = new ImportContext(id, scope, locale,
                        Boolean.TRUE.equals(job.get("update_existing")), transaction, connection, table.subject(id),
                        ((Number) job.get("uploaded_by_id")).longValue());
                run = kind.start(context);
                Pass<B> pass = new Pass<>(id, kind.columns(), run,
                        new ImportErrorReport(reportFile, kind.columns(), messages, locale));
                try {
                    pass.run(file, format);
                } finally {
                    pass.report.close();
                }
                log.info("Import {}: {} rows read, checked and merged in {} ms (checking {} ms, waiting for rows {} ms, "
                        + "waiting for the merge {} ms)", id, pass.rows, (System.nanoTime() - start) / 1_000_000,
                        pass.checking / 1_000_000, pass.waitingForRows / 1_000_000, pass.waitingForMerge / 1_000_000);
                // the row count was an estimate until now; with the exact counts in place the page shows the
                // last step, commit and index, as such
                jdbc.update("update import_job set total_rows = ?, processed_rows = ?, error_rows = ?, error_report = ? "
                        + "where id = ?", pass.rows, pass.rows, pass.refused,
                        pass.refused > 0 ? reportFile.toAbsolutePath().toString() : null, id);
                long committing = System.nanoTime();
                run.beforeCommit();
                counts = run.counts();
                ImportJobTable.recordCommit(transaction, id, counts);
                connection.commit();
                committed = true;
                log.info("Import {}: committed {} new, {} updated, {} unchanged {} (counting and commit {} ms)", id,
                        counts.created(), counts.updated(), counts.unchanged(), counts.details(),
                        (System.nanoTime() - committing) / 1_000_000);
            } catch (IOException | SQLException | RuntimeException | Error e) {
                if (!committed) {
                    try {
                        connection.rollback();
                    } catch (SQLException rollback) {
                        e.addSuppressed(rollback);
                    } finally {
                        if (run != null) {
                            run.ended(false);
                        }
                    }
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        try {
            run.ended(true);
        } finally {
            finish.committed(id, kind, false);
        }
        finish.complete(id);
    }

    /** One pass over the file, in three overlapping stages: read, check, merge. */
    private final class Pass<B> implements SpreadsheetReader.Rows {
        final long id;
        final SheetColumns columns;
        final ImportRun<B> run;
        final ImportErrorReport report;
        final BlockingQueue<List<SheetRow>> batches = new ArrayBlockingQueue<>(2);
        List<SheetRow> reading = new ArrayList<>(BATCH);
        int readingChars;
        Future<?> merging = CompletableFuture.completedFuture(null);
        volatile Map<String, Integer> fields;
        int rows;
        int refused;
        long checking;
        long waitingForRows;
        long waitingForMerge;

        Pass(long id, SheetColumns columns, ImportRun<B> run, ImportErrorReport report) {
            this.id = id;
            this.columns = columns;
            this.run = run;
            this.report = report;
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
                    List<SheetRow> batch = batches.take();
                    waitingForRows += System.nanoTime() - t;
                    if (batch == END) {
                        break;
                    }
                    check(batch);
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
            Map<String, Integer> found = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i) != null) {
                    int index = i;
                    columns.field(names.get(i), messages).ifPresent(field -> found.putIfAbsent(field, index));
                }
            }
            List<String> missing = columns.required().stream().filter(c -> !found.containsKey(c.field()))
                    .map(c -> columns.header(c.field(), messages, report.locale())).toList();
            if (!missing.isEmpty()) {
                throw new BusinessRuleException("file", "import.file.missingColumns", String.join(
                        messages.getMessage("import.columns.separator", null, "、", report.locale()), missing));
            }
            fields = Map.copyOf(found);
            report.header(names);
        }

        /** On the reader thread: hands full batches over, waiting while two are queued. */
        @Override
        public void row(int line, String[] values) {
            SheetRow row = new SheetRow(line, values, fields);
            reading.add(row);
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

        /**
         * Has the kind check the batch, reports its refused rows in file order, then hands it to the merger once
         * the previous batch is merged. The check may use every core only while nothing merges: the merge's
         * database backend sets the import's pace and needs a core to itself.
         */
        void check(List<SheetRow> batch) throws InterruptedException, ExecutionException {
            rows += batch.size();
            long t0 = System.nanoTime();
            B checked = run.check(batch, merging.isDone());
            checking += System.nanoTime() - t0;
            for (SheetRow row : batch) {
                if (row.refused()) {
                    refused++;
                    report.row(row.line(), row.values(), row.problems());
                }
            }
            awaitMerge();
            int done = rows;
            int failed = refused;
            merging = io.submit(() -> {
                run.merge(checked);
                jdbc.update("update import_job set processed_rows = ?, error_rows = ? where id = ?", done, failed, id);
            });
        }
    }
}
