package org.iptalent.reference.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.iptalent.reference.Division;
import org.iptalent.reference.Industry;
import org.iptalent.reference.IpcClass;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upserts the shipped code lists into the {@code ref_*} tables at start-up. An upsert rather than a
 * migration, so that a new edition of a list is a replaced file; rows are never deleted, because
 * records may still carry a retired code.
 */
@Component
class ReferenceDataLoader {

    record Loaded(List<Division> divisions, List<Industry> industries, List<IpcClass> ipcClasses, List<Term> terms) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ReferenceDataLoader(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    Loaded load() {
        List<Division> divisions = read("divisions.csv", r -> new Division(r.getField("code"),
                blankToNull(r.getField("parent_code")), Integer.parseInt(r.getField("level")), r.getField("name_zh"),
                r.getField("short_name_zh"), r.getField("name_en"), r.getField("kind"),
                blankToNull(r.getField("iso3166_2"))));
        List<Industry> industries = read("industries.csv", r -> new Industry(r.getField("code"),
                blankToNull(r.getField("parent_code")), r.getField("name_zh"), r.getField("name_en")));
        List<IpcClass> ipc = read("ipc.csv", r -> new IpcClass(r.getField("code"),
                blankToNull(r.getField("parent_code")), r.getField("name_zh"), r.getField("name_en")));
        List<Term> terms = read("taxonomy.csv", r -> new Term(TaxonomyKind.valueOf(r.getField("kind")),
                r.getField("code"), blankToNull(r.getField("parent_code")), r.getField("name_zh"),
                r.getField("name_en")));
        transaction.executeWithoutResult(status -> store(divisions, industries, ipc, terms));
        return new Loaded(divisions, industries, ipc, terms);
    }

    private void store(List<Division> divisions, List<Industry> industries, List<IpcClass> ipc, List<Term> terms) {
        // parents come first in every file, so the foreign keys hold row by row
        jdbc.batchUpdate("""
                insert into ref_division (code, parent_code, level, name_zh, short_name_zh, name_en, kind, iso3166_2)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set parent_code = excluded.parent_code, level = excluded.level,
                  name_zh = excluded.name_zh, short_name_zh = excluded.short_name_zh, name_en = excluded.name_en,
                  kind = excluded.kind, iso3166_2 = excluded.iso3166_2""", divisions, 500, (ps, d) -> {
            ps.setString(1, d.code());
            ps.setString(2, d.parentCode());
            ps.setInt(3, d.level());
            ps.setString(4, d.nameZh());
            ps.setString(5, d.shortNameZh());
            ps.setString(6, d.nameEn());
            ps.setString(7, d.kind());
            ps.setString(8, d.iso3166());
        });
        jdbc.batchUpdate("""
                insert into ref_industry (code, parent_code, name_zh, name_en) values (?, ?, ?, ?)
                on conflict (code) do update set parent_code = excluded.parent_code, name_zh = excluded.name_zh,
                  name_en = excluded.name_en""", industries, 500, (ps, i) -> {
            ps.setString(1, i.code());
            ps.setString(2, i.parentCode());
            ps.setString(3, i.nameZh());
            ps.setString(4, i.nameEn());
        });
        jdbc.batchUpdate("""
                insert into ref_ipc (code, parent_code, name_zh, name_en) values (?, ?, ?, ?)
                on conflict (code) do update set parent_code = excluded.parent_code, name_zh = excluded.name_zh,
                  name_en = excluded.name_en""", ipc, 500, (ps, c) -> {
            ps.setString(1, c.code());
            ps.setString(2, c.parentCode());
            ps.setString(3, c.nameZh());
            ps.setString(4, c.nameEn());
        });
        List<Object[]> termRows = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            termRows.add(new Object[] {t.kind().name(), t.code(), t.parentCode(), i, t.nameZh(), t.nameEn()});
        }
        jdbc.batchUpdate("""
                insert into ref_taxonomy (kind, code, parent_code, position, name_zh, name_en) values (?, ?, ?, ?, ?, ?)
                on conflict (kind, code) do update set parent_code = excluded.parent_code, position = excluded.position,
                  name_zh = excluded.name_zh, name_en = excluded.name_en""", termRows);
    }

    private static <T> List<T> read(String file, Function<NamedCsvRecord, T> mapper) {
        ClassPathResource resource = new ClassPathResource("reference/" + file);
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            List<T> rows = new ArrayList<>();
            csv.forEach(r -> rows.add(mapper.apply(r)));
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the code list " + file, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
