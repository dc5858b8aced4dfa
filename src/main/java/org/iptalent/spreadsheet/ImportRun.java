package org.iptalent.spreadsheet;

import java.util.List;

/**
 * One import of a module's kind, in progress. {@link #check} runs on the job's thread while the previous batch
 * merges (the file is read ahead on a third), {@link #merge} on the merging thread, one batch at a time and never
 * concurrently, in the import's transaction ({@link ImportContext#transaction()}).
 *
 * @param <B> a checked batch
 */
public interface ImportRun<B> {

    /**
     * Checks a batch of rows in file order: refuses each bad row ({@link SheetRow#refuse}) and returns what the
     * merge needs of the others. {@code spareCores}: no merge is running, so the check may use every core.
     */
    B check(List<SheetRow> rows, boolean spareCores);

    /** Writes a checked batch in the import's transaction. */
    void merge(B batch);

    /** The last writes in the import's transaction, after every batch: they commit with the rows. */
    default void beforeCommit() {
    }

    /** What the import did, read in its transaction just before it commits and recorded in the same commit. */
    ImportCounts counts();

    /**
     * The import's transaction has ended: committed, or rolled back after a failure. Undo or finish here what the
     * run did outside the transaction (documents written ahead); must not throw.
     */
    default void ended(boolean committed) {
    }
}
