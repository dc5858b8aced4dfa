package org.iptalent.registry.internal.imports;

import java.sql.Connection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iptalent.platform.jdbc.CopyRows;
import org.iptalent.spreadsheet.ImportContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-based half of an import. An import writes in one transaction on a connection of its own,
 * batch by batch while the file is still being read, so PostgreSQL merges one batch while the JVM
 * checks the next: each batch is COPYed into a temporary table and upserted into the registry by
 * identity number — a row whose fingerprint has not changed is left alone, so the same file imported
 * twice changes nothing — with its categories, qualifications and talent flows. Blank optional cells
 * keep what the registry already knows: an import never erases data. Nothing is visible until the
 * whole file has passed; a failure or a crash rolls it all back.
 */
final class ImportMerge {

    private ImportMerge() {
    }

    /** A talent a batch registered. */
    record Created(long id, String employerName) {
    }

    /** Prepares the import's transaction for its batches. */
    static Batches begin(ImportContext context) {
        return new Batches(context);
    }

    /** One import's batches: they go in one after the other (never concurrently), in its transaction. */
    static final class Batches {
        private final Connection connection;
        private final JdbcTemplate tx;
        private final Laps laps = new Laps();
        private int inserted;
        private int updated;
        private int organisationsCreated;
        private boolean analysed;

        private Batches(ImportContext context) {
            this.connection = context.connection();
            this.tx = context.transaction();
            // the staged rows have talent_import_row's shape (which itself stays empty), and say whether the
            // talent was registered when the row was checked
            // an employer named without a code is matched by its name's key: computed once per row, as it is staged
            tx.execute("create temp table import_stage (like talent_import_row, registered boolean, employer_key text "
                    + "generated always as (case when employer_code is null then organisation_name_key(employer_name) "
                    + "end) stored) on commit drop");
            // each staged row's employer, once resolved: a narrow table of its own, where updating the staged rows
            // would rewrite them whole
            tx.execute("create temp table import_employer (row_no int primary key, employer_id bigint) on commit drop");
            tx.execute("create temp table import_old (id bigint primary key, employer_id bigint, "
                    + "region_code varchar(6)) on commit drop");
            tx.execute("create temp table import_result (id bigint primary key, identity_hash varchar(64), "
                    + "inserted boolean) on commit drop");
        }

        /** Stages one batch of valid rows (talent_import_row's columns, then "registered") and merges it. */
        void apply(CopyRows rows) {
            if (rows.isEmpty()) {
                return;
            }
            laps.start();
            tx.execute("truncate import_stage, import_employer, import_old, import_result");
            rows.into(connection, """
                    copy import_stage (import_id, row_no, name, gender, birth_date, identity_cipher, identity_hash,
                      identity_masked, mobile_cipher, mobile_masked, email_cipher, email_masked, education,
                      discipline, major, employer_name, employer_code, region_code, province_code, industry_code,
                      position, categories, qualification_type, qualification_number, fingerprint, registered)
                    from stdin (format csv)""");
            // temporary tables have no statistics until asked: without them the joins below are planned blind
            // (just the columns joined or filtered on: all 25 cost 50 ms a batch); the first batch's serve the
            // rest, which have its shape (a truncate keeps them)
            if (!analysed) {
                tx.execute("analyze import_stage (identity_hash, registered, employer_key)");
                analysed = true;
            }
            laps.lap("staging");
            organisationsCreated += employers();
            laps.lap("employers");
            // probes the identity index row by row ("offset 0" keeps the planner from turning this into a scan of
            // the registry, which grows inside this transaction faster than its statistics)
            tx.update("""
                    insert into import_old select t.id, t.employer_id, t.region_code from import_stage s
                    cross join lateral (select id, employer_id, region_code from talent t
                      where t.identity_hash = s.identity_hash offset 0) t
                    where s.registered""");
            laps.lap("previous employers");
            tx.update("""
                    with upserted as (
                      insert into talent as t (name, gender, birth_date, identity_cipher, identity_hash, identity_masked,
                        mobile_cipher, mobile_masked, email_cipher, email_masked, education, discipline, major,
                        employer_id, region_code, province_code, industry_code, position, status, source, fingerprint,
                        last_import_id, version, created_at, updated_at)
                      select s.name, s.gender, s.birth_date, s.identity_cipher, s.identity_hash, s.identity_masked,
                        s.mobile_cipher, s.mobile_masked, s.email_cipher, s.email_masked, s.education, s.discipline,
                        s.major, e.employer_id, s.region_code, s.province_code, s.industry_code, s.position, 'ACTIVE',
                        'IMPORT', s.fingerprint, s.import_id, 0, now(), now()
                      from import_stage s left join import_employer e on e.row_no = s.row_no
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
                    select id, identity_hash, inserted from upserted""");
            tx.execute("analyze import_result");
            laps.lap("upsert");
            tx.update("delete from talent_category where talent_id = any(array(select id from import_result "
                    + "where not inserted))");
            tx.update("""
                    insert into talent_category (talent_id, team, category)
                    select r.id, split_part(c, ':', 1), split_part(c, ':', 2)
                    from import_result r join import_stage s on s.identity_hash = r.identity_hash
                    cross join lateral unnest(string_to_array(s.categories, ',')) c""");
            laps.lap("categories");
            tx.update("""
                    insert into qualification (talent_id, type, number, verification, version, created_at, updated_at)
                    select r.id, s.qualification_type, s.qualification_number, 'UNVERIFIED', 0, now(), now()
                    from import_result r join import_stage s on s.identity_hash = r.identity_hash
                    where s.qualification_type is not null and not exists (select 1 from qualification q
                      where q.talent_id = r.id and q.type = s.qualification_type
                        and q.number is not distinct from s.qualification_number)""");
            laps.lap("qualifications");
            // a new talent's joining is a fact of its row (TalentMovements): only moves are flows
            tx.update("""
                    insert into talent_flow (talent_id, moved_at, from_employer_id, to_employer_id, from_region_code,
                      to_region_code, source)
                    select r.id, now(), o.employer_id, t.employer_id, o.region_code, t.region_code, 'IMPORT'
                    from import_result r join talent t on t.id = r.id join import_old o on o.id = r.id
                    where not r.inserted and (o.employer_id is distinct from t.employer_id
                      or o.region_code is distinct from t.region_code)""");
            laps.lap("flows");
            Map<String, Object> counts = tx.queryForMap("select count(*) filter (where inserted) inserted, "
                    + "count(*) filter (where not inserted) updated from import_result");
            inserted += ((Number) counts.get("inserted")).intValue();
            updated += ((Number) counts.get("updated")).intValue();
        }

        /**
         * Resolves the batch's employers, creating those the registry does not know, inside the import's
         * transaction: a failed import leaves no organisation behind. Returns how many it created.
         */
        private int employers() {
            // a valid credit code (the row's check made sure) is matched, or registered from the row
            int created = tx.queryForObject("""
                    with created as (
                      insert into organisation (name, type, credit_code, region_code, industry_code, verified,
                        source_import_id, version, created_at, updated_at)
                      select distinct on (employer_code) left(coalesce(employer_name, employer_code), 200),
                        'ENTERPRISE', employer_code, region_code, industry_code, true, import_id, 0, now(), now()
                      from import_stage where employer_code is not null order by employer_code, row_no
                      on conflict (credit_code) where credit_code is not null do nothing
                      returning id)
                    select count(*) from created""", Integer.class);
            // a bare name is matched by its normalised form within the province, or registered unverified
            created += tx.queryForObject("""
                    with created as (
                      insert into organisation (name, type, region_code, industry_code, verified, source_import_id,
                        version, created_at, updated_at)
                      select distinct on (left(region_code, 2), employer_key) employer_name,
                        'ENTERPRISE', region_code, industry_code, false, import_id, 0, now(), now()
                      from import_stage s where employer_code is null and employer_name is not null
                        and not exists (select 1 from organisation o where left(o.region_code, 2) = left(s.region_code, 2)
                          and o.name_key = s.employer_key)
                      order by left(region_code, 2), employer_key, row_no
                      returning id)
                    select count(*) from created""", Integer.class);
            // a name an administrator merged away stands for the organisation it was merged into: the next
            // file that spells it so neither registers it again nor leaves its talents behind
            tx.update("""
                    insert into import_employer (row_no, employer_id)
                    select s.row_no, case when s.employer_code is not null
                      then (select coalesce(o.merged_into_id, o.id) from organisation o
                        where o.credit_code = s.employer_code)
                      else (select coalesce(o.merged_into_id, o.id) from organisation o
                        where left(o.region_code, 2) = left(s.region_code, 2) and o.name_key = s.employer_key
                        order by o.merged_into_id is not null, o.verified desc, o.id limit 1) end
                    from import_stage s where s.employer_code is not null or s.employer_name is not null""");
            return created;
        }

        /**
         * The talents the last batch registered, by identity hash: their ids and their employers' names as the
         * merge resolved them (a name can match an organisation spelt differently, or one merged into another).
         */
        Map<String, Created> created() {
            laps.start();
            Map<String, Created> created = new HashMap<>();
            tx.query("""
                    select r.identity_hash, r.id, o.name from import_result r
                    join import_stage s on s.identity_hash = r.identity_hash
                    left join import_employer e on e.row_no = s.row_no
                    left join organisation o on o.id = e.employer_id
                    where r.inserted""", rs -> {
                created.put(rs.getString(1), new Created(rs.getLong(2), rs.getString(3)));
            });
            laps.lap("created");
            return created;
        }

        int inserted() {
            return inserted;
        }

        int updated() {
            return updated;
        }

        int organisationsCreated() {
            return organisationsCreated;
        }

        /** Where the merge's time went, statement by statement, for the log. */
        String laps() {
            return laps.toString();
        }
    }

    /** How long each statement of the merge took over all batches, for the log. */
    private static final class Laps {
        private final Map<String, Long> totals = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void start() {
            last = System.nanoTime();
        }

        void lap(String label) {
            long now = System.nanoTime();
            totals.merge(label, now - last, Long::sum);
            last = now;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            totals.forEach((label, nanos) -> text.append(text.isEmpty() ? "" : ", ").append(label).append(' ')
                    .append(nanos / 1_000_000).append(" ms"));
            return text.toString();
        }
    }
}
