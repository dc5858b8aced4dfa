package org.iptalent.spreadsheet.internal;

import java.nio.file.Path;

import org.springframework.context.ApplicationContext;

/** What tests of importing modules reach inside the pipeline for: a restart's recovery, its directory and limits. */
public final class ImportInternals {

    private ImportInternals() {
    }

    /** What the platform does at start-up with jobs a crash interrupted. */
    public static void resumeInterrupted(ApplicationContext context) {
        context.getBean(ImportJobs.class).resumeInterrupted();
    }

    /** The hourly sweep of upload and error-report files. */
    public static int sweep(ApplicationContext context) {
        return context.getBean(ImportUploads.class).sweep();
    }

    public static Path directory(ApplicationContext context) {
        return context.getBean(ImportProperties.class).directory();
    }

    public static int maxRows(ApplicationContext context) {
        return context.getBean(ImportProperties.class).maxRows();
    }
}
