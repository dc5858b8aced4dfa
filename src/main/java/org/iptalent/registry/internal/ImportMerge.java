package org.iptalent.registry.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The set-based half of an import. Valid rows are staged with COPY; one transaction then upserts them
 * into the registry by identity number — a row whose fingerprint has not changed is left alone, so the
 * same file imported twice changes nothing — and brings categories, qualifications and talent flows
 * along. Blank optional cells keep what the registry already knows: an import never erases data.
 * Finally the changed talents are indexed.
 */
@Component
class ImportMerge {

    private static final Logger log = LoggerFactory.getLogger(ImportMerge.class);

    record Counts(int inserted, int updated, int unchanged) {
    }

    /** Below this many changed talents the import indexes just them, without counting the registry. */
    private static final int SMALL_IMPORT = 50_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EntityManagerFactory entityManagerFactory;
    private final SearchIndexer indexer;

    ImportMerge(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction,
            EntityManagerFactory entityManagerFactory, SearchIndexer indexer) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.entityManagerFactory = entityManagerFactory;
        this.indexer = indexer;
    }

    void stage(StringBuilder csv) {
        if (csv.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy talent_import_row (import_id, row_no, name, gender, birth_date, identity_cipher, identity_hash,
                      identity_masked, mobile_cipher, mobile_masked, email_cipher, email_masked, education, discipline,
                      major, employer_id, region_code, province_code, industry_code, position, categories,
                      qualification_type, qualification_number, fingerprint) from stdin (format csv)""",
                    new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("staging the import failed", e);
        }
    }

    Counts apply(long importId, int staged, int skipped) {
        long start = System.nanoTime();
        Laps laps = new Laps();
        Map<String, Object> counts = transaction.execute(status -> {
            jdbc.execute("analyze talent_import_row");
            jdbc.execute("create temp table import_old (id bigint primary key, employer_id bigint, "
                    + "region_code varchar(6)) on commit drop");
            jdbc.update("""
                    insert into import_old select t.id, t.employer_id, t.region_code from talent t
                    join talent_import_row s on s.identity_hash = t.identity_hash where s.import_id = ?""", importId);
            laps.lap("previous employers");
            jdbc.execute("create temp table import_result (id bigint primary key, identity_hash varchar(64), "
                    + "inserted boolean) on commit drop");
            jdbc.update("""
                    with upserted as (
                      insert into talent as t (name, gender, birth_date, identity_cipher, identity_hash, identity_masked,
                        mobile_cipher, mobile_masked, email_cipher, email_masked, education, discipline, major,
                        employer_id, region_code, province_code, industry_code, position, status, source, fingerprint,
                        last_import_id, version, created_at, updated_at)
                      select name, gender, birth_date, identity_cipher, identity_hash, identity_masked, mobile_cipher,
                        mobile_masked, email_cipher, email_masked, education, discipline, major, employer_id,
                        region_code, province_code, industry_code, position, 'ACTIVE', 'IMPORT', fingerprint, import_id,
                        0, now(), now()
                      from talent_import_row where import_id = ?
                      on conflict (identity_hash) do update set name = excluded.name, gender = excluded.gender,
                        birth_date = excluded.birth_date, identity_masked = excluded.identity_masked,
                        mobile_cipher = coalesce(excluded.mobile_cipher, t.mobile_cipher),
                        mobile_masked = coalesce(excluded.mobile_masked, t.mobile_masked),
                        email_cipher = coalesce(excluded.email_cipher, t.email_cipher),
                        email_masked = coalesce(excluded.email_masked, t.email_masked),
                        education = coalesce(excluded.education, t.education),
                        discipline = coalesce(excluded.discipline, t.discipline),
                        major = coalesce(excluded.major, t.major),
                        employer_id = coalesce(excluded.employer_id, t.employer_id),
                        region_code = excluded.region_code, province_code = excluded.province_code,
                        industry_code = coalesce(excluded.industry_code, t.industry_code),
                        position = coalesce(excluded.position, t.position), fingerprint = excluded.fingerprint,
                        last_import_id = excluded.last_import_id, version = t.version + 1, updated_at = now()
                      where t.fingerprint is distinct from excluded.fingerprint
                      returning t.id, t.identity_hash, (t.xmax = 0) as inserted)
                    insert into import_result (id, identity_hash, inserted)
                    select id, identity_hash, inserted from upserted""", importId);
            // temporary tables have no statistics until asked: without them the joins below are planned blind
            jdbc.execute("analyze import_result");
            laps.lap("upsert");
            jdbc.update("delete from talent_category where talent_id in (select id from import_result where not inserted)");
            jdbc.update("""
                    insert into talent_category (talent_id, team, category)
                    select r.id, split_part(c, ':', 1), split_part(c, ':', 2)
                    from import_result r join talent_import_row s on s.identity_hash = r.identity_hash and s.import_id = ?
                    cross join lateral unnest(string_to_array(s.categories, ',')) c""", importId);
            laps.lap("categories");
            jdbc.update("""
                    insert into qualification (talent_id, type, number, verification, version, created_at, updated_at)
                    select r.id, s.qualification_type, s.qualification_number, 'UNVERIFIED', 0, now(), now()
                    from import_result r join talent_import_row s on s.identity_hash = r.identity_hash and s.import_id = ?
                    where s.qualification_type is not null and not exists (select 1 from qualification q
                      where q.talent_id = r.id and q.type = s.qualification_type
                        and q.number is not distinct from s.qualification_number)""", importId);
            laps.lap("qualifications");
            // a new talent's first flow comes straight from the staged row; a changed one's from the registry
            jdbc.update("""
                    insert into talent_flow (talent_id, moved_at, from_employer_id, to_employer_id, from_region_code,
                      to_region_code, source)
                    select r.id, now(), null, s.employer_id, null, s.region_code, 'IMPORT'
                    from import_result r join talent_import_row s on s.identity_hash = r.identity_hash and s.import_id = ?
                    where r.inserted""", importId);
            jdbc.update("""
                    insert into talent_flow (talent_id, moved_at, from_employer_id, to_employer_id, from_region_code,
                      to_region_code, source)
                    select r.id, now(), o.employer_id, t.employer_id, o.region_code, t.region_code, 'IMPORT'
                    from import_result r join talent t on t.id = r.id join import_old o on o.id = r.id
                    where not r.inserted and (o.employer_id is distinct from t.employer_id
                      or o.region_code is distinct from t.region_code)""");
            laps.lap("flows");
            Map<String, Object> result = jdbc.queryForMap("select count(*) filter (where inserted) inserted, "
                    + "count(*) filter (where not inserted) updated from import_result");
            jdbc.update("delete from talent_import_row where import_id = ?", importId);
            return result;
        });
        int inserted = ((Number) counts.get("inserted")).intValue();
        int updated = ((Number) counts.get("updated")).intValue();
        long merged = System.nanoTime();
        index(importId, inserted + updated);
        log.info("Import {}: merged {} new and {} updated talents in {} ms ({}), indexed them in {} ms", importId,
                inserted, updated, (merged - start) / 1_000_000, laps, (System.nanoTime() - merged) / 1_000_000);
        return new Counts(inserted, updated, staged - inserted - updated + skipped);
    }

    /** Indexes the talents this import wrote (all of them again when a crashed run is resumed). */
    private void index(long importId, int changed) {
        // indexing chosen talents updates each document (delete, then add), at about half the speed of a
        // rebuild that only adds: when they are half the registry or more, rebuilding it all is quicker
        if (changed >= SMALL_IMPORT && 2L * changed >= jdbc.queryForObject("select count(*) from talent", Long.class)) {
            indexer.reindex();
            return;
        }
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            MassIndexer massIndexer = Search.session(em).massIndexer(Talent.class).purgeAllOnStart(false)
                    .threadsToLoadObjects(2).batchSizeToLoadObjects(1000);
            massIndexer.type(Talent.class).reindexOnly("e.lastImportId = :importId").param("importId", importId);
            massIndexer.startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("indexing interrupted", e);
        }
    }

    /** How long each statement of the merge took, for the log. */
    private static final class Laps {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String label) {
            long now = System.nanoTime();
            text.append(text.isEmpty() ? "" : ", ").append(label).append(' ').append((now - last) / 1_000_000)
                    .append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
