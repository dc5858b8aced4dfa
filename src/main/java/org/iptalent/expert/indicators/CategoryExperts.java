package org.iptalent.expert.indicators;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.iptalent.planning.GroupedCount;
import org.iptalent.planning.IndicatorRegions;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code expert.category.<category>}: the appointed experts (as {@code expert.appointed-experts} counts them) of one
 * category of the pool's taxonomy or a category below it, by the expert's region. The categories are those the plan
 * asks the pool to classify by: geographical indications, trade secrets, traditional knowledge, traditional culture
 * and technical fields. An expert counts under the categories it has now: the taxonomy keeps no history of them.
 */
class CategoryExperts extends GroupedCount {

    /** The plan's refined classification of the expert pool. */
    static final List<String> CATEGORIES = List.of("GEOGRAPHICAL_INDICATION", "TRADE_SECRET", "TRADITIONAL_KNOWLEDGE",
            "TRADITIONAL_CULTURE", "TECHNICAL_FIELD");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final String category;

    CategoryExperts(JdbcTemplate jdbc, IndicatorRegions regions, String category) {
        super(jdbc, regions);
        if (!CODE.matcher(category).matches()) {
            throw new IllegalArgumentException("not a category code: " + category);
        }
        this.category = category;
    }

    @Override
    public String code() {
        return "expert.category." + category.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    protected String statement() {
        // the code is one of CATEGORIES, checked above: it is written into the statement, not bound
        return AppointedExperts.appointed("""
                and exists (select 1 from expert_category_link l where l.expert_id = e.id and l.category_code in (
                  with recursive below(code) as (select '%s'::varchar union all
                    select k.code from expert_category k join below b on k.parent_code = b.code)
                  select code from below))""".formatted(category));
    }
}
