package org.iptalent.training.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.iptalent.registry.TalentRegistry;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.spreadsheet.ImportJob;
import org.iptalent.spreadsheet.ImportSubject;
import org.iptalent.spreadsheet.SpreadsheetImports;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.TrainingClass;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A class's attendance imports, for whoever runs the class (its base's manager, an administrator whose region holds
 * the base): the template, the upload while the class is planned, its jobs and their error reports. Anyone else
 * finds no such class. A job belongs to its class: another class's URL does not reach it.
 */
@Service
public class AttendanceImports {

    /** What the class's page needs to show the import panel ({@code fragments/imports :: panel}). */
    public record Panel(String base, List<ImportJob> jobs, long maxFileSizeMb) {
    }

    private final SpreadsheetImports imports;
    private final AttendanceImportKind kind;
    private final AttendanceTemplate template;
    private final ClassPlanning planning;
    private final TalentRegistry registry;
    private final JdbcTemplate jdbc;

    AttendanceImports(SpreadsheetImports imports, AttendanceImportKind kind, AttendanceTemplate template,
            ClassPlanning planning, TalentRegistry registry, JdbcTemplate jdbc) {
        this.imports = imports;
        this.kind = kind;
        this.template = template;
        this.planning = planning;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** The class, if the current user runs it (else not found). */
    public TrainingClass trainingClass(long classId) {
        return planning.run(classId);
    }

    /** The panel for a class the current user runs while it is planned; empty otherwise (nothing to import). */
    public Optional<Panel> panel(long classId) {
        TrainingClass trainingClass = planning.get(classId);
        if (trainingClass.getStatus() != TrainingClass.Status.PLANNED || !planning.runs(trainingClass)) {
            return Optional.empty();
        }
        return Optional.of(new Panel(base(classId), imports.recent(kind, classId), imports.maxFileSizeMegabytes()));
    }

    /** The URL the panel uploads to and polls: {@code /classes/{id}/attendance-imports}. */
    public static String base(long classId) {
        return "/classes/" + classId + "/attendance-imports";
    }

    /** Queues a file of the class's attendance; refused at once when the class is closed or cancelled. */
    public ImportJob submit(long classId, String fileName, long size, InputStream content, boolean updateExisting,
            Locale locale) throws IOException {
        TrainingClass trainingClass = planning.run(classId);
        if (trainingClass.getStatus() != TrainingClass.Status.PLANNED) {
            throw new BusinessRuleException("file", "import.attendance.classNotPlanned");
        }
        return imports.submit(kind, new ImportSubject(classId, trainingClass.getRegionCode()), fileName, size,
                content, updateExisting, locale);
    }

    public ImportJob job(long classId, long jobId) {
        planning.run(classId);
        return imports.get(kind, classId, jobId);
    }

    public Optional<Path> errorReport(long classId, long jobId) {
        planning.run(classId);
        return imports.errorReport(kind, classId, jobId);
    }

    public String errorReportFileName(long jobId, Locale locale) {
        return imports.errorReportFileName(jobId, locale);
    }

    public long maxFileSizeMegabytes() {
        return imports.maxFileSizeMegabytes();
    }

    /** The template's file name, naming the class. */
    public String templateFileName(long classId, Locale locale) {
        return template.fileName(planning.run(classId).getTitle(), locale);
    }

    /**
     * The class's template: its roster and schedule filled in, the attendance left to fill; audited as an export of
     * the class's trainees.
     */
    public void writeTemplate(long classId, OutputStream out, Locale locale) throws IOException {
        TrainingClass trainingClass = planning.run(classId);
        template.write(out, trainingClass, ClassSheet.forTemplate(jdbc, classId, trainingClass.getTitle(), registry),
                locale);
    }
}
