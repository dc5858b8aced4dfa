package org.iptalent.spreadsheet;

/**
 * What a module supplies to import spreadsheets, as a bean: its columns, its row rule and its merge
 * ({@link #start}), and what happens once an import has committed. The platform does the rest.
 *
 * @param <B> a checked batch, as the module's merge needs it
 */
public interface ImportKind<B> {

    /** The kind of the job, stored with it and named in the audit log (e.g. {@code TalentImport}); never changes. */
    String name();

    /**
     * What kind of record a job of this kind belongs to when its file is one record's (e.g. {@code TrainingClass},
     * as the audit log names it), stored with the job beside the record's id; null (the default) for a kind whose
     * jobs have no subject. Never changes.
     */
    default String subjectKind() {
        return null;
    }

    /** The columns a file may have, matched by header in Chinese or English. */
    SheetColumns columns();

    /** Begins one import: the returned run checks and merges its batches in the import's transaction. */
    ImportRun<B> start(ImportContext context);

    /**
     * After the import's transaction committed, or at the next start when a crash came between the commit and
     * the end of the job ({@code resumed}): bring derived data (a search index) up to date. The import stands
     * whatever happens here, so a failure must be handled, not thrown.
     */
    default void committed(long jobId, ImportCounts counts, boolean resumed) {
    }

    /**
     * The same moment, with the job as it stands after the commit (still running: its counts, its uploader, its
     * subject), for a kind that records what it did against its subject. By default {@link #committed(long,
     * ImportCounts, boolean)}; the same rule: a failure must be handled, not thrown.
     */
    default void committed(ImportJob job, boolean resumed) {
        committed(job.id(), job.counts(), resumed);
    }
}
