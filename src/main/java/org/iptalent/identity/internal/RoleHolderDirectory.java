package org.iptalent.identity.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.iptalent.identity.RoleHolders;
import org.iptalent.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The accounts holding a role in given regions, read in one statement. */
@Service
class RoleHolderDirectory implements RoleHolders {

    private final JdbcTemplate jdbc;

    RoleHolderDirectory(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Map<String, List<Long>> holders(Role role, Collection<String> regionCodes) {
        Map<String, List<Long>> holders = new LinkedHashMap<>();
        if (regionCodes.isEmpty()) {
            return holders;
        }
        jdbc.query("""
                select u.region_code, u.id from app_user u join user_role r on r.user_id = u.id and r.role = ?
                where u.enabled and u.region_code = any (?) order by u.region_code, u.id""", rs -> {
            holders.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
        }, role.name(), regionCodes.toArray(String[]::new));
        return holders;
    }
}
