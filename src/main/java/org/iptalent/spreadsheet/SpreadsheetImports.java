package org.iptalent.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports as jobs, for any {@link ImportKind}. Every method is scoped to the current user's region: a job
 * uploaded in one province is invisible (not found) in another; national uploads only to national users.
 */
public interface SpreadsheetImports {

    /** Stores the upload and queues it; refuses at once what is plainly not an importable file. */
    ImportJob submit(ImportKind<?> kind, String fileName, long size, InputStream content, boolean updateExisting,
            Locale locale) throws IOException;

    /** A job of this kind in the current user's scope, or RecordNotFoundException. */
    ImportJob get(ImportKind<?> kind, long id);

    /** The latest jobs of this kind in the current user's scope, newest first. */
    List<ImportJob> recent(ImportKind<?> kind);

    /** A job's error report, while it has one. */
    Optional<Path> errorReport(ImportKind<?> kind, long id);

    /** The error report's file name, in the user's language. */
    String errorReportFileName(long id, Locale locale);

    /**
     * Stores the upload of a file that belongs to one record (a class's attendance) and queues it. The job's region
     * is the subject's, not the uploader's: the caller has checked that the user may act on the subject, so a
     * user without a region of their own (a training base's manager) may upload too. The kind names what its
     * subjects are ({@link ImportKind#subjectKind()}).
     */
    ImportJob submit(ImportKind<?> kind, ImportSubject subject, String fileName, long size, InputStream content,
            boolean updateExisting, Locale locale) throws IOException;

    /** A job of this kind and subject, or RecordNotFoundException; the caller has checked the subject. */
    ImportJob get(ImportKind<?> kind, long subject, long id);

    /** The latest jobs of this kind and subject, newest first; the caller has checked the subject. */
    List<ImportJob> recent(ImportKind<?> kind, long subject);

    /** The error report of a job of this kind and subject, while it has one; the caller has checked the subject. */
    Optional<Path> errorReport(ImportKind<?> kind, long subject, long id);

    /** The largest upload accepted, in megabytes (for pages and messages). */
    long maxFileSizeMegabytes();

    /** Whether an upload of this many bytes is over the limit (the API answers 413 before storing it). */
    boolean tooLarge(long size);
}
