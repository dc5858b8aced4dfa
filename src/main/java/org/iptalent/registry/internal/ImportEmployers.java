package org.iptalent.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iptalent.registry.CreditCode;
import org.iptalent.registry.TalentInput;
import org.iptalent.shared.InvalidInputException.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds each row's employer. A valid credit code that is not registered yet registers the
 * organisation (an enterprise, where the talent works), because provincial spreadsheets name
 * employers the registry has not met; a bare name must match exactly one organisation of the
 * province. Rows are resolved a batch at a time — one query for the batch's unknown codes, one
 * insert for the new organisations — and answers are remembered for the rest of the file.
 */
@Component
class ImportEmployers {

    record Result(Long id, Problem problem) {
    }

    private final JdbcTemplate jdbc;

    ImportEmployers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers are only valid for one import: organisations may change between imports. */
    Lookup forImport() {
        return new Lookup();
    }

    final class Lookup {
        private final Map<String, Long> byCode = new HashMap<>();
        private final Map<String, Result> byName = new HashMap<>();

        /** The employer of each input, in the same order. */
        List<Result> resolve(List<TalentInput> inputs) {
            Map<String, TalentInput> unknown = new LinkedHashMap<>();
            for (TalentInput input : inputs) {
                String code = CreditCode.normalise(input.employerCreditCode());
                if (code != null && !byCode.containsKey(code)) {
                    unknown.putIfAbsent(code, input);
                }
            }
            if (!unknown.isEmpty()) {
                register(unknown);
            }
            List<Result> results = new ArrayList<>(inputs.size());
            for (TalentInput input : inputs) {
                String code = CreditCode.normalise(input.employerCreditCode());
                if (code != null) {
                    results.add(new Result(byCode.get(code), null));
                } else if (input.employerName() == null || input.employerName().isBlank()) {
                    results.add(new Result(null, null));
                } else {
                    String name = input.employerName().trim();
                    String province = input.regionCode().substring(0, 2);
                    results.add(byName.computeIfAbsent(province + "|" + name, k -> byName(name, province)));
                }
            }
            return results;
        }

        /** Registered codes are found, the others registered, in two statements for the whole batch. */
        private void register(Map<String, TalentInput> unknown) {
            String[] codes = unknown.keySet().toArray(String[]::new);
            jdbc.query("select credit_code, id from organisation where credit_code = any(?)",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", codes)),
                    rs -> {
                        byCode.put(rs.getString(1), rs.getLong(2));
                    });
            List<String> fresh = unknown.keySet().stream().filter(c -> !byCode.containsKey(c)).toList();
            if (fresh.isEmpty()) {
                return;
            }
            String[] names = new String[fresh.size()];
            String[] regions = new String[fresh.size()];
            String[] industries = new String[fresh.size()];
            for (int i = 0; i < names.length; i++) {
                TalentInput input = unknown.get(fresh.get(i));
                String name = input.employerName() == null || input.employerName().isBlank() ? fresh.get(i)
                        : input.employerName().trim();
                names[i] = name.length() > 200 ? name.substring(0, 200) : name;
                regions[i] = input.regionCode();
                industries[i] = input.industryCode();
            }
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.query("""
                    insert into organisation (name, type, credit_code, region_code, industry_code, created_at, updated_at)
                    select n, 'ENTERPRISE', c, r, i, ?, ? from unnest(?::varchar[], ?::varchar[], ?::varchar[],
                      ?::varchar[]) as u(n, c, r, i)
                    on conflict (credit_code) where credit_code is not null
                    do update set updated_at = organisation.updated_at returning credit_code, id""", ps -> {
                ps.setTimestamp(1, now);
                ps.setTimestamp(2, now);
                ps.setArray(3, ps.getConnection().createArrayOf("varchar", names));
                ps.setArray(4, ps.getConnection().createArrayOf("varchar", fresh.toArray()));
                ps.setArray(5, ps.getConnection().createArrayOf("varchar", regions));
                ps.setArray(6, ps.getConnection().createArrayOf("varchar", industries));
            }, rs -> {
                byCode.put(rs.getString(1), rs.getLong(2));
            });
        }

        private Result byName(String name, String province) {
            List<Long> ids = jdbc.query("select id from organisation where name = ? and region_code like ? limit 2",
                    (rs, i) -> rs.getLong(1), name, province + "%");
            if (ids.size() == 1) {
                return new Result(ids.get(0), null);
            }
            return new Result(null, new Problem("employerName", ids.isEmpty() ? "talent.employer.unknown"
                    : "talent.employer.ambiguous", List.of(name)));
        }
    }
}
