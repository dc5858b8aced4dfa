package org.iptalent.demand.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.iptalent.demand.report.DemandRules;
import org.iptalent.demand.report.EmployerAccounts;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.iptalent.spreadsheet.Export;
import org.iptalent.spreadsheet.ExportFormat;
import org.iptalent.spreadsheet.ImportJob;
import org.iptalent.spreadsheet.ImportSubject;
import org.iptalent.spreadsheet.SheetColumns;
import org.iptalent.spreadsheet.SheetWriter;
import org.iptalent.spreadsheet.SpreadsheetExports;
import org.iptalent.spreadsheet.SpreadsheetImports;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Demand imports for whoever reports: an employer's account uploads its organisation's file (the job belongs to the
 * organisation, in its province), an administration a file of its region's employers (the job lies in its region).
 * Each sees its own jobs and their error reports; anyone else is refused.
 */
@Service
public class DemandImports {

    /** What the import page's panel needs ({@code fragments/imports :: panel}). */
    public record Panel(String base, List<ImportJob> jobs, long maxFileSizeMb, boolean employer) {
    }

    public static final String BASE = "/demand/imports";

    private final SpreadsheetImports imports;
    private final SpreadsheetExports exports;
    private final DemandImportKind kind;
    private final EmployerAccounts employers;
    private final MessageSource messages;

    DemandImports(SpreadsheetImports imports, SpreadsheetExports exports, DemandImportKind kind,
            EmployerAccounts employers, MessageSource messages) {
        this.imports = imports;
        this.exports = exports;
        this.kind = kind;
        this.employers = employers;
        this.messages = messages;
    }

    /** The employer's organisation when the user reports as an employer; empty for an administration. */
    private Optional<OrganisationView> employer() {
        CurrentUser user = CurrentUser.require();
        if (!user.scope().isNothing()) {
            return Optional.empty();
        }
        if (!user.has(Role.EMPLOYER)) {
            throw new AccessDeniedException("demand.administrationOnly");
        }
        return Optional.of(employers.current());
    }

    public Panel panel() {
        Optional<OrganisationView> employer = employer();
        List<ImportJob> jobs = employer.map(o -> imports.recent(kind, o.id())).orElseGet(() -> imports.recent(kind));
        return new Panel(BASE, jobs, imports.maxFileSizeMegabytes(), employer.isPresent());
    }

    public ImportJob submit(String fileName, long size, InputStream content, boolean updateExisting, Locale locale)
            throws IOException {
        Optional<OrganisationView> employer = employer();
        if (employer.isPresent()) {
            OrganisationView o = employer.get();
            return imports.submit(kind, new ImportSubject(o.id(), o.regionCode().substring(0, 2) + "0000"), fileName,
                    size, content, updateExisting, locale);
        }
        return imports.submit(kind, fileName, size, content, updateExisting, locale);
    }

    public ImportJob job(long id) {
        Optional<OrganisationView> employer = employer();
        return employer.isPresent() ? imports.get(kind, employer.get().id(), id) : imports.get(kind, id);
    }

    public Optional<Path> errorReport(long id) {
        Optional<OrganisationView> employer = employer();
        return employer.isPresent() ? imports.errorReport(kind, employer.get().id(), id)
                : imports.errorReport(kind, id);
    }

    public String errorReportFileName(long id, Locale locale) {
        return imports.errorReportFileName(id, locale);
    }

    public long maxFileSizeMegabytes() {
        return imports.maxFileSizeMegabytes();
    }

    public boolean tooLarge(long size) {
        return imports.tooLarge(size);
    }

    public String templateFileName(Locale locale) {
        return exports.fileName("demand.import.template.fileName", ExportFormat.XLSX, false, locale);
    }

    /** The template: the columns (an employer's without the credit code it need not give) and how to fill them. */
    public void writeTemplate(OutputStream out, Locale locale) throws IOException {
        boolean employer = employer().isPresent();
        SheetColumns columns = kind.columns();
        List<String> fields = columns.columns().stream().map(SheetColumns.Column::field)
                .filter(f -> !employer || !(f.equals("creditCode") || f.equals("organisation"))).toList();
        CurrentUser user = CurrentUser.require();
        SheetWriter rows = exports.start(new Export(DemandImportKind.NAME, user.scope().isNational() ? null
                : user.regionCode(), ExportFormat.XLSX, false, null, locale, "demand.import.template.sheet", columns,
                fields, 0, null).asTemplate(), out);
        List<List<String>> notes = new ArrayList<>();
        notes.add(List.of(messages.getMessage("demand.import.template.help1", null, locale)));
        notes.add(List.of(messages.getMessage("demand.import.template.help2", null, locale)));
        notes.add(List.of(messages.getMessage("demand.import.template.help3",
                new Object[] {String.valueOf(DemandRules.MAX_COUNT)}, locale)));
        rows.notes("demand.import.template.helpSheet", notes);
        rows.finish();
    }
}
