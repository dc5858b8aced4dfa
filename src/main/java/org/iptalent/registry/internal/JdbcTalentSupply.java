package org.iptalent.registry.internal;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.registry.TalentSupply;
import org.iptalent.shared.RegionScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supply counted in one grouping statement over the talents and their categories; {@link #count} reads the
 * indexes {@code talent_supply} and {@code talent_category_team} (or {@code talent_category_category}) alone, and
 * {@link #recent} the {@link SupplySummary} where it can answer.
 */
@Component
class JdbcTalentSupply implements TalentSupply {

    private final JdbcTemplate jdbc;
    private final SupplySummary summary;

    JdbcTalentSupply(JdbcTemplate jdbc, SupplySummary summary) {
        this.jdbc = jdbc;
        this.summary = summary;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Counted recent(SupplyFilter filter, Grouping grouping) {
        return summary.read(filter, grouping).orElseGet(() -> new Counted(count(filter, grouping), null));
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

    @Override
    public List<GroupCount> count(SupplyFilter filter, Grouping grouping) {
        String column = switch (grouping) {
            case PROVINCE -> "t.province_code";
            case REGION -> "t.region_code";
            case INDUSTRY -> "t.industry_code";
        };
        // fixed fragments only; every value is a bound parameter
        StringBuilder sql = new StringBuilder("select ").append(column).append(", count(*) from talent t ")
                .append("where t.merged_into_id is null and t.status = 'ACTIVE' and t.region_code like ?");
        List<Object> args = new ArrayList<>();
        args.add(filter.regionCode() == null ? "%" : RegionScope.of(filter.regionCode()).likePattern());
        if (filter.industryCode() != null) {
            sql.append(" and t.industry_code = ?");
            args.add(filter.industryCode());
        }
        if (filter.category() != null) {
            // a category belongs to one team: the category alone picks its talents
            sql.append(" and t.id in (select c.talent_id from talent_category c where c.category = ?)");
            args.add(filter.category());
        } else if (filter.team() != null) {
            sql.append(" and t.id in (select c.talent_id from talent_category c where c.team = ?)");
            args.add(filter.team());
        }
        sql.append(" group by 1 order by 1");
        return jdbc.query(sql.toString(), (rs, n) -> new GroupCount(rs.getString(1), rs.getLong(2)), args.toArray());
    }
}
