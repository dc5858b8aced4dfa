package org.iptalent.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.iptalent.registry.CreditCode;
import org.iptalent.registry.TalentInput;
import org.iptalent.shared.InvalidInputException.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds each row's employer, remembering answers for the rest of the file. A valid credit code that
 * is not registered yet registers the organisation (an enterprise, where the talent works), because
 * provincial spreadsheets name employers the registry has not met; a bare name must match exactly
 * one organisation of the province.
 */
@Component
class ImportEmployers {

    record Result(Long id, Problem problem) {
    }

    private final JdbcTemplate jdbc;
    private final ConcurrentHashMap<String, Long> byCode = new ConcurrentHashMap<>();

    ImportEmployers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Result resolve(TalentInput input, long importId) {
        String code = CreditCode.normalise(input.employerCreditCode());
        if (code != null) {
            Long id = byCode.computeIfAbsent(code, c -> jdbc.query(
                    "select id from organisation where credit_code = ?", (rs, i) -> rs.getLong(1), c).stream()
                    .findFirst().orElseGet(() -> register(c, input, importId)));
            return new Result(id, null);
        }
        if (input.employerName() == null || input.employerName().isBlank()) {
            return new Result(null, null);
        }
        String name = input.employerName().trim();
        List<Long> ids = jdbc.query("select id from organisation where name = ? and region_code like ? limit 2",
                (rs, i) -> rs.getLong(1), name, input.regionCode().substring(0, 2) + "%");
        if (ids.size() == 1) {
            return new Result(ids.get(0), null);
        }
        return new Result(null, new Problem("employerName", ids.isEmpty() ? "talent.employer.unknown"
                : "talent.employer.ambiguous", List.of(name)));
    }

    private Long register(String code, TalentInput input, long importId) {
        String name = input.employerName() == null || input.employerName().isBlank() ? code : input.employerName().trim();
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForObject("""
                insert into organisation (name, type, credit_code, region_code, industry_code, created_at, updated_at)
                values (?, 'ENTERPRISE', ?, ?, ?, ?, ?) on conflict (credit_code) where credit_code is not null
                do update set updated_at = organisation.updated_at returning id""", Long.class,
                name.length() > 200 ? name.substring(0, 200) : name, code, input.regionCode(), input.industryCode(),
                now, now);
    }

    /** Answers are only valid for one import: organisations may change between imports. */
    void forget() {
        byCode.clear();
    }
}
