package org.iptalent.education.support;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The lists' SQL pieces: a region filter, a name's part, the order of a sort the list's {@code SortFields} checked
 * (their properties are the columns), and a page with its total.
 */
public final class EducationQueries {

    private EducationQueries() {
    }

    /** Narrows to a region (a province's or city's code) when one is given; the code was checked by the caller. */
    public static void region(String code, String column, StringBuilder where, MapSqlParameterSource params) {
        if (code != null && !code.isBlank()) {
            where.append(" and ").append(column).append(" like :region");
            params.addValue("region", RegionScope.of(code.strip()).likePattern());
        }
    }

    /** Narrows to rows whose column contains the text, case-insensitive, wildcards taken literally. */
    public static void contains(String text, String column, StringBuilder where, MapSqlParameterSource params) {
        if (text != null && !text.isBlank()) {
            where.append(" and upper(").append(column).append(") like :q escape '\\'");
            params.addValue("q", "%" + text.strip().toUpperCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    /** The order by clause of a checked sort, the id last so that pages never overlap. */
    public static String orderBy(Sort sort, String id) {
        String orders = sort.stream().map(o -> o.getProperty() + (o.isAscending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        return " order by " + (orders.isEmpty() ? "" : orders + ", ") + id;
    }

    public static <T> Page<T> page(NamedParameterJdbcTemplate jdbc, String select, String count,
            MapSqlParameterSource params, PageRequest page, RowMapper<T> rows) {
        Long total = jdbc.queryForObject(count, params, Long.class);
        List<T> content = jdbc.query(select + " limit :limit offset :offset", new MapSqlParameterSource(
                params.getValues()).addValue("limit", page.getPageSize()).addValue("offset", page.getOffset()), rows);
        return new PageImpl<>(content, page, total == null ? 0 : total);
    }
}
