package org.iptalent.registry.internal;

import java.util.List;

import org.iptalent.registry.TalentSupply;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The supply counted in one grouping statement over the talents and their categories. */
@Component
class JdbcTalentSupply implements TalentSupply {

    private final JdbcTemplate jdbc;

    JdbcTalentSupply(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SupplyCount> byTeamAndEducation(String regionCode, String industryCode) {
        return jdbc.query("""
                select c.team, t.education, count(distinct t.id)
                from talent t join talent_category c on c.talent_id = t.id
                where t.merged_into_id is null and t.status = 'ACTIVE' and t.region_code like ?
                  and (cast(? as varchar) is null or t.industry_code = ?)
                group by c.team, t.education order by c.team, t.education""",
                (rs, n) -> new SupplyCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
                RegionScope.of(regionCode).likePattern(), industryCode, industryCode);
    }
}
