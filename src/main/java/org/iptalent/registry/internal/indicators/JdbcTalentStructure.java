package org.iptalent.registry.internal.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iptalent.registry.TalentStructure;
import org.springframework.stereotype.Component;

/**
 * The structure counted over the same talents as the registry's indicator sources ({@link PresentTalents#PRESENT}):
 * one grouping statement per breakdown, so the totals equal {@code registry.talents} of the same day.
 */
@Component
class JdbcTalentStructure implements TalentStructure {

    private static final String BY_COLUMN = PresentTalents.PRESENT + """
            counted as materialized (select t.%s code from present p join talent t on t.id = p.id)
            select code, count(*) from counted group by 1 order by 1 nulls last""";

    private static final String BY_AGE = PresentTalents.PRESENT + """
            counted as materialized (
              select case when t.birth_date is null then null
                when t.birth_date > :day - interval '30 years' then 'UNDER_30'
                when t.birth_date > :day - interval '40 years' then 'FROM_30_TO_39'
                when t.birth_date > :day - interval '50 years' then 'FROM_40_TO_49'
                when t.birth_date > :day - interval '60 years' then 'FROM_50_TO_59'
                else 'FROM_60' end code
              from present p join talent t on t.id = p.id)
            select code, count(*) from counted group by 1 order by 1 nulls last""";

    /** As the licensed patent agents' source reads a qualification: issued by the day, not expired, not rejected. */
    private static final String BY_QUALIFICATION = PresentTalents.PRESENT + """
            counted as materialized (
              select q.type code, count(distinct q.talent_id) n from qualification q
              where q.talent_id in (select p.id from present p) and q.verification <> 'REJECTED'
                and coalesce(q.issued_on <= :day, q.created_at < :end)
                and (q.expires_on is null or q.expires_on >= :day)
              group by 1)
            select code, n from counted order by 1""";

    private final PresentTalents talents;

    JdbcTalentStructure(PresentTalents talents) {
        this.talents = talents;
    }

    @Override
    public List<Share> count(Breakdown breakdown, LocalDate day) {
        String statement = switch (breakdown) {
            case EDUCATION -> BY_COLUMN.formatted("education");
            case DISCIPLINE -> BY_COLUMN.formatted("discipline");
            case AGE_BAND -> BY_AGE;
            case QUALIFICATION -> BY_QUALIFICATION;
        };
        List<Share> shares = new ArrayList<>();
        talents.query(statement, 0, "%", day, Map.of(), rs -> {
            shares.add(new Share(rs.getString(1), rs.getLong(2)));
        });
        if (breakdown == Breakdown.AGE_BAND) {
            // the bands' names sort alphabetically, not by age: put them in the enum's order
            shares.sort(java.util.Comparator.comparingInt(s -> s.code() == null ? Integer.MAX_VALUE
                    : AgeBand.valueOf(s.code()).ordinal()));
        }
        return shares;
    }
}
