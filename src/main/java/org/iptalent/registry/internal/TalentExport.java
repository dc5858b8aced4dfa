package org.iptalent.registry.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.AuditText;
import org.iptalent.platform.FieldCipher;
import org.iptalent.reference.Localized;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.iptalent.spreadsheet.CellText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry list as a file: the filtered search, streamed in chunks, in the import template's
 * columns (so a corrected export can be imported again). Identity numbers, phones and e-mails are
 * masked unless a permitted role asks otherwise with a reason; every export is in the audit log.
 */
@Component
public class TalentExport {

    private static final Logger log = LoggerFactory.getLogger(TalentExport.class);

    public enum Format { XLSX, CSV }

    /** The import template's columns (so a corrected export imports again), then the status. */
    private static final List<String> COLUMNS = java.util.stream.Stream.concat(ImportColumns.FIELDS.stream(),
            java.util.stream.Stream.of("status")).toList();

    private final EntityManager entityManager;
    private final FieldCipher cipher;
    private final ReferenceData reference;
    private final RegistryProperties properties;
    private final AuditLog audit;
    private final MessageSource messages;

    TalentExport(EntityManager entityManager, FieldCipher cipher, ReferenceData reference,
            RegistryProperties properties, AuditLog audit, MessageSource messages) {
        this.messages = messages;
        this.entityManager = entityManager;
        this.cipher = cipher;
        this.reference = reference;
        this.properties = properties;
        this.audit = audit;
    }

    /** Whether the current user may export sensitive fields in clear. */
    public boolean mayUnmask() {
        return CurrentUser.find().map(u -> u.roles().stream().anyMatch(properties.unmaskedExportRoles()::contains))
                .orElse(false);
    }

    /** Checks the request before any byte is written, so a refusal is a clean error, not a broken file. */
    public void check(boolean unmasked, String reason) {
        if (unmasked && !mayUnmask()) {
            throw new AccessDeniedException("export.unmask.forbidden");
        }
        if (unmasked && (reason == null || reason.trim().length() < 4)) {
            throw new BusinessRuleException("reason", "export.unmask.reason");
        }
    }

    @Transactional
    public int write(TalentCriteria criteria, Format format, boolean unmasked, String reason, Locale locale,
            OutputStream out) throws IOException {
        check(unmasked, reason);
        RegionScope scope = RegionScope.current();
        long expected = Search.session(entityManager).search(Talent.class)
                .where(f -> TalentSearch.predicate(f, criteria, scope)).fetchTotalHitCount();
        // recorded before a single row leaves: an export that cannot be audited does not happen
        audit.record(AuditEvent.of(AuditAction.EXPORT, "Talent", null)
                .region(scope.isNational() ? null : CurrentUser.require().regionCode())
                .message("audit.detail.export", Math.min(expected, properties.maxExportRows()), format.name(),
                        unmasked ? AuditText.message("audit.detail.export.unmasked", reason.trim())
                                : AuditText.message("audit.detail.export.masked"), AuditedFilters.of(criteria)));
        Sink sink = format == Format.XLSX ? new XlsxSink(out, text("export.sheet", locale)) : new CsvSink(out);
        sink.row(COLUMNS.stream().map(column -> text("import.column." + column, locale)).toList());
        int rows = 0;
        int withheld = 0;
        try (SearchScroll<Talent> scroll = Search.session(entityManager).search(Talent.class)
                .where(f -> TalentSearch.predicate(f, criteria, scope)).sort(f -> f.field("name_sort"))
                .scroll(1000)) {
            for (SearchScrollResult<Talent> chunk = scroll.next(); chunk.hasHits()
                    && rows < properties.maxExportRows(); chunk = scroll.next()) {
                for (Talent t : chunk.hits()) {
                    // the index chose the rows; the entity, loaded from the database, decides whether one leaves
                    if (!scope.includes(t.getRegionCode()) || t.getMergedInto() != null) {
                        withheld++;
                        continue;
                    }
                    if (rows >= properties.maxExportRows()) {
                        break;
                    }
                    rows++;
                    sink.row(values(t, unmasked, locale));
                }
                entityManager.clear();
            }
        }
        sink.finish();
        if (withheld > 0) {
            log.warn("Export withheld {} rows that the search index placed in scope {} but the database does not: "
                    + "the index is stale", withheld, scope);
        }
        return rows;
    }

    /** The file a user downloads is named in the user's language too. */
    public String fileName(Format format, boolean unmasked, Locale locale) {
        // a file in clear says so in its name: it must not be mistaken for, or shared like, a masked one
        return text(unmasked ? "export.fileName.unmasked" : "export.fileName", locale) + "-"
                + java.time.LocalDate.now() + (format == Format.CSV ? ".csv" : ".xlsx");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private List<String> values(Talent t, boolean unmasked, Locale locale) {
        List<String> v = new ArrayList<>(COLUMNS.size());
        v.add(t.getName());
        v.add(unmasked ? cipher.decrypt(t.getIdentityCipher()) : t.getIdentityMasked());
        v.add(t.getGender() == null ? null : text("talent.gender." + t.getGender().name(), locale));
        v.add(t.getBirthDate() == null ? null : t.getBirthDate().toString());
        v.add(unmasked ? cipher.decrypt(t.getMobileCipher()) : t.getMobileMasked());
        v.add(unmasked ? cipher.decrypt(t.getEmailCipher()) : t.getEmailMasked());
        v.add(name(TaxonomyKind.EDUCATION, t.getEducation(), locale));
        v.add(name(TaxonomyKind.DISCIPLINE, t.getDiscipline(), locale));
        v.add(t.getMajor());
        v.add(t.getEmployer() == null ? null : t.getEmployer().getName());
        v.add(t.getEmployer() == null ? null : t.getEmployer().getCreditCode());
        v.add(t.getRegionCode());
        v.add(t.getIndustryCode());
        String separator = Localized.isEnglish(locale) ? "; " : "、";
        v.add(t.getCategories().stream().map(c -> name(TaxonomyKind.TEAM, c.getTeam(), locale)).distinct()
                .collect(Collectors.joining(separator)));
        v.add(t.getCategories().stream().map(c -> name(TaxonomyKind.CATEGORY, c.getCategory(), locale))
                .collect(Collectors.joining(separator)));
        v.add(t.getPosition());
        v.add(t.getQualifications().stream().map(q -> name(TaxonomyKind.QUALIFICATION_TYPE, q.getType(), locale))
                .collect(Collectors.joining(separator)));
        v.add(t.getQualifications().stream().map(q -> q.getNumber() == null ? "" : q.getNumber())
                .collect(Collectors.joining(separator)));
        v.add(text("talent.status." + t.getStatus().name(), locale));
        return v;
    }

    private String name(TaxonomyKind kind, String code, Locale locale) {
        return code == null ? null : reference.term(kind, code).map(term -> term.name(locale)).orElse(code);
    }

    private interface Sink {
        void row(List<String> values) throws IOException;

        void finish() throws IOException;
    }

    private static final class XlsxSink implements Sink {
        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        XlsxSink(OutputStream out, String sheetName) {
            workbook = new Workbook(out, "IPTalent", "1.0");
            sheet = workbook.newWorksheet(sheetName);
        }

        @Override
        public void row(List<String> values) throws IOException {
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) != null) {
                    sheet.value(row, c, CellText.safe(values.get(c)));
                }
            }
            if (row == 0) {
                sheet.range(0, 0, 0, values.size() - 1).style().bold().set();
                sheet.freezePane(0, 1);
            }
            if (++row % 5000 == 0) {
                sheet.flush();
            }
        }

        @Override
        public void finish() throws IOException {
            workbook.finish();
        }
    }

    /** UTF-8 with a byte-order mark, which is how Excel in China recognises UTF-8 text. */
    private static final class CsvSink implements Sink {
        private final Writer writer;

        CsvSink(OutputStream out) throws IOException {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        }

        @Override
        public void row(List<String> values) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    line.append(',');
                }
                String v = CellText.safe(values.get(i));
                if (v != null) {
                    line.append('"').append(v.replace("\"", "\"\"")).append('"');
                }
            }
            writer.write(line.append("\r\n").toString());
        }

        @Override
        public void finish() throws IOException {
            writer.flush();
        }
    }
}
