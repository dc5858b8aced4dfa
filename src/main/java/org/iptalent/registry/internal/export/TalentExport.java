package org.iptalent.registry.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.iptalent.platform.FieldCipher;
import org.iptalent.reference.Localized;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.TalentCriteria;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.imports.ImportColumns;
import org.iptalent.registry.internal.search.PendingImports;
import org.iptalent.registry.internal.search.TalentSearch;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.iptalent.spreadsheet.Export;
import org.iptalent.spreadsheet.ExportFormat;
import org.iptalent.spreadsheet.SheetWriter;
import org.iptalent.spreadsheet.SpreadsheetExports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry list as a file, through the platform's export ({@link SpreadsheetExports}): the filtered search,
 * streamed in chunks, each talent checked against the database before it leaves, in the import template's
 * columns (so a corrected export can be imported again). Identity numbers, phones and e-mails are masked
 * unless a permitted role asks otherwise with a reason; every export is in the audit log.
 */
@Component
public class TalentExport {

    private static final Logger log = LoggerFactory.getLogger(TalentExport.class);

    /** The import template's columns (so a corrected export imports again), then the status. */
    private static final List<String> FIELDS = Stream.concat(ImportColumns.FIELDS.stream(), Stream.of("status"))
            .toList();

    private final EntityManager entityManager;
    private final FieldCipher cipher;
    private final ReferenceData reference;
    private final SpreadsheetExports exports;
    private final MessageSource messages;
    private final PendingImports pendingImports;

    TalentExport(EntityManager entityManager, FieldCipher cipher, ReferenceData reference, SpreadsheetExports exports,
            MessageSource messages, PendingImports pendingImports) {
        this.pendingImports = pendingImports;
        this.entityManager = entityManager;
        this.cipher = cipher;
        this.reference = reference;
        this.exports = exports;
        this.messages = messages;
    }

    /** Whether the current user may export sensitive fields in clear. */
    public boolean mayUnmask() {
        return exports.mayUnmask();
    }

    /** Checks the request before any byte is written, so a refusal is a clean error, not a broken file. */
    public void check(boolean unmasked, String reason) {
        exports.check(unmasked, reason);
    }

    @Transactional
    public int write(TalentCriteria criteria, ExportFormat format, boolean unmasked, String reason, Locale locale,
            OutputStream out) throws IOException {
        exports.check(unmasked, reason);
        RegionScope scope = RegionScope.current();
        Set<Long> hidden = pendingImports.hidden();
        long expected = Search.session(entityManager).search(Talent.class)
                .where(f -> TalentSearch.predicate(f, criteria, scope, hidden)).fetchTotalHitCount();
        SheetWriter sheet = exports.start(new Export("Talent",
                scope.isNational() ? null : CurrentUser.require().regionCode(), format, unmasked, reason, locale,
                "talent.export.sheet", ImportColumns.SHEET_WITH_STATUS, FIELDS, expected, AuditedFilters.of(criteria)),
                out);
        int max = exports.maxRows();
        int rows = 0;
        int withheld = 0;
        try (SearchScroll<Talent> scroll = Search.session(entityManager).search(Talent.class)
                .where(f -> TalentSearch.predicate(f, criteria, scope, hidden)).sort(f -> f.field("name_sort"))
                .scroll(1000)) {
            for (SearchScrollResult<Talent> chunk = scroll.next(); chunk.hasHits() && rows < max;
                    chunk = scroll.next()) {
                for (Talent t : chunk.hits()) {
                    // the index chose the rows; the entity, loaded from the database, decides whether one leaves
                    if (!scope.includes(t.getRegionCode()) || t.getMergedInto() != null) {
                        withheld++;
                        continue;
                    }
                    if (rows >= max) {
                        break;
                    }
                    rows++;
                    sheet.row(values(t, unmasked, locale));
                }
                entityManager.clear();
            }
        }
        sheet.finish();
        if (withheld > 0) {
            log.warn("Export withheld {} rows that the search index placed in scope {} but the database does not: "
                    + "the index is stale", withheld, scope);
        }
        return rows;
    }

    /** The file a user downloads is named in the user's language too. */
    public String fileName(ExportFormat format, boolean unmasked, Locale locale) {
        return exports.fileName("talent.export.fileName", format, unmasked, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private List<String> values(Talent t, boolean unmasked, Locale locale) {
        List<String> v = new ArrayList<>(FIELDS.size());
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
}
