package org.iptalent.planning.target.publication;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.target.IndicatorInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of a publication as they were published (V29): written once when the national office publishes, read by
 * the public pages ever after, so that later corrections, approvals and targets leave a published month as it was.
 */
@Component
class PublishedFigureStore {

    /** An indicator as published: what it was, whether its source was there, its national and provinces' figures. */
    record Kept(IndicatorInfo indicator, boolean sourceThere, List<PublicFigures.Figure> figures) {
    }

    private final JdbcTemplate jdbc;

    PublishedFigureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean kept(long publicationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from plan_publication_indicator where publication_id = ?)", Boolean.class,
                publicationId));
    }

    void keep(long publicationId, List<Kept> indicators) {
        int position = 0;
        for (Kept kept : indicators) {
            IndicatorInfo i = kept.indicator();
            jdbc.update("""
                    insert into plan_publication_indicator (publication_id, position, indicator_id, code, kind,
                        name_zh, name_en, unit, direction, target, target_year, source_kind, source_code, source_there)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", publicationId, position++, i.id(), i.code(),
                    i.kind().name(), i.nameZh(), i.nameEn(), i.unit().name(), i.direction().name(), i.target(),
                    i.targetYear(), i.sourceKind().name(), i.sourceCode(), kept.sourceThere());
            List<Object[]> rows = new ArrayList<>();
            for (PublicFigures.Figure f : kept.figures()) {
                rows.add(new Object[] {publicationId, i.code(), f.regionCode(), f.value(), f.target(), f.progress(),
                    f.met()});
            }
            jdbc.batchUpdate("""
                    insert into plan_publication_figure (publication_id, code, region_code, value, target, progress,
                        met)
                    values (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    /** Every indicator as published, in the plan's order, with its national figure. */
    List<PublicFigures.IndicatorFigure> national(long publicationId) {
        return jdbc.query("""
                select i.indicator_id, i.code, i.kind, i.name_zh, i.name_en, i.unit, i.direction, i.target,
                       i.target_year, i.source_kind, i.source_code, i.source_there,
                       f.region_code, f.value, f.target as region_target, f.progress, f.met
                from plan_publication_indicator i
                join plan_publication_figure f on f.publication_id = i.publication_id and f.code = i.code
                                              and f.region_code = '000000'
                where i.publication_id = ? order by i.position""",
                (rs, n) -> new PublicFigures.IndicatorFigure(indicator(rs), figure(rs, null),
                        rs.getBoolean("source_there")), publicationId);
    }

    /** One indicator as published, when the publication shows it. */
    Optional<IndicatorInfo> indicator(long publicationId, String code) {
        return jdbc.query("""
                select indicator_id, code, kind, name_zh, name_en, unit, direction, target, target_year, source_kind,
                       source_code
                from plan_publication_indicator where publication_id = ? and code = ?""",
                (rs, n) -> indicator(rs), publicationId, code).stream().findFirst();
    }

    /** One indicator's published figures by region (the country's and the mainland provinces'), unnamed. */
    Map<String, PublicFigures.Figure> regions(long publicationId, String code) {
        Map<String, PublicFigures.Figure> byRegion = new LinkedHashMap<>();
        jdbc.query("""
                select region_code, value, target as region_target, progress, met from plan_publication_figure
                where publication_id = ? and code = ? order by region_code""",
                rs -> {
                    byRegion.put(rs.getString("region_code"), figure(rs, null));
                }, publicationId, code);
        return byRegion;
    }

    private static PublicFigures.Figure figure(ResultSet rs, String name) throws SQLException {
        return new PublicFigures.Figure(rs.getString("region_code"), name, rs.getBigDecimal("value"),
                rs.getBigDecimal("region_target"), rs.getBigDecimal("progress"), rs.getBoolean("met"));
    }

    private static IndicatorInfo indicator(ResultSet rs) throws SQLException {
        BigDecimal target = rs.getBigDecimal("target");
        return new IndicatorInfo(rs.getLong("indicator_id"), rs.getString("code"), rs.getString("name_zh"),
                rs.getString("name_en"), IndicatorUnit.valueOf(rs.getString("unit")),
                Indicator.Direction.valueOf(rs.getString("direction")), target, rs.getInt("target_year"),
                Indicator.Kind.valueOf(rs.getString("kind")), Indicator.SourceKind.valueOf(rs.getString("source_kind")),
                rs.getString("source_code"));
    }
}
