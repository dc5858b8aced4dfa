package org.iptalent.registry.internal;

import java.util.Optional;

import org.iptalent.registry.TalentRegistry;
import org.iptalent.registry.TalentView;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registry's read API for other modules. */
@Component
class RegistryFacts implements TalentRegistry {

    private final TalentRecords records;
    private final JdbcTemplate jdbc;

    RegistryFacts(TalentRecords records, JdbcTemplate jdbc) {
        this.records = records;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TalentView> find(long id) {
        return records.find(id);
    }

    /** Exact, from the database: the dashboard's headline figure must not be an estimate. */
    @Override
    @Transactional(readOnly = true)
    public long count() {
        RegionScope scope = RegionScope.current();
        if (scope.isNothing()) {
            return 0;
        }
        Long count = jdbc.queryForObject("select count(*) from talent where merged_into_id is null and region_code like ?",
                Long.class, scope.likePattern());
        return count == null ? 0 : count;
    }
}
