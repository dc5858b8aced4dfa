package org.iptalent.registry.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.iptalent.registry.TalentAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The links between talent records and their accounts, read with plain SQL (no entity needed). */
@Component
class JdbcTalentAccounts implements TalentAccounts {

    private final JdbcTemplate jdbc;

    JdbcTalentAccounts(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Optional<Long> talentOf(long userId) {
        return jdbc.queryForList("select talent_id from talent_account where user_id = ?", Long.class, userId)
                .stream().findFirst();
    }

    @Override
    public Optional<Long> accountOf(long talentId) {
        return jdbc.queryForList("select user_id from talent_account where talent_id = ?", Long.class, talentId)
                .stream().findFirst();
    }

    @Override
    public Map<Long, Long> accountsOf(Collection<Long> talentIds) {
        Map<Long, Long> accounts = new HashMap<>();
        if (talentIds.isEmpty()) {
            return accounts;
        }
        jdbc.query("select talent_id, user_id from talent_account where talent_id = any(?)",
                rs -> {
                    accounts.put(rs.getLong(1), rs.getLong(2));
                },
                (Object) talentIds.toArray(Long[]::new));
        return accounts;
    }
}
