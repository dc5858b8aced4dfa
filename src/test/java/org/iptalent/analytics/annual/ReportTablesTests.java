package org.iptalent.analytics.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.iptalent.analytics.annual.AnnualFigures.ChartKind;
import org.iptalent.analytics.annual.AnnualFigures.LabelKind;
import org.iptalent.analytics.annual.AnnualFigures.Row;
import org.iptalent.analytics.annual.AnnualFigures.Section;
import org.junit.jupiter.api.Test;

/** What a published report hides of its provinces by team, cell by cell. */
class ReportTablesTests {

    @Test
    void aPublishedFileHidesSmallTeamCountsAndTheNextSmallestOfTheirTeamNeverAProvincesTalents() {
        Section regions = new Section("regions", ChartKind.BAR, "analytics.annual.col.province",
                List.of("analytics.annual.col.talents", "analytics.annual.col.team.PROTECTION",
                        "analytics.annual.col.team.APPLICATION"),
                List.of(row("450000", 3, 3, 7), row("530000", 20, 12, 1), row("110000", 30, 20, null)));
        boolean[][] hidden = ReportTables.hiddenTeamCounts(regions);
        // a province's talents are shown even when small (the rule is the teams'); teams overlap, so a row gives
        // nothing away: 3 talents beside 3 and 7 in teams
        assertThat(hidden[0]).containsExactly(false, false, false);
        // protection: the 3 hidden, and the 12 too, else the national figure less 12 and 20 would give it back
        assertThat(hidden[1]).containsExactly(true, true, false);
        // application: the 1 hidden, and the 7 beside it; a province without any (no value) is not hidden
        assertThat(hidden[2]).containsExactly(true, true, false);
    }

    @Test
    void aReportDraftedBeforeLabelsWereFrozenStillReadsItsRowsWithoutNames() {
        AnnualFigures figures = tools.jackson.databind.json.JsonMapper.builder().build().readValue("""
                {"year":2024,"month":"2024-12","sections":[{"key":"teams","chart":"BAR","labelColumn":"c",
                 "columns":["y"],"rows":[{"kind":"TEAM","code":"PROTECTION","english":null,"values":[3]}]}]}""",
                AnnualFigures.class);
        Row row = figures.section("teams").orElseThrow().rows().get(0);
        assertThat(row.code()).isEqualTo("PROTECTION");
        assertThat(row.chinese()).isNull();
        assertThat(row.english()).isNull();
        assertThat(row.values()).containsExactly(BigDecimal.valueOf(3));
    }

    private static Row row(String province, Integer... values) {
        return new Row(LabelKind.REGION, province, null, null,
                Arrays.stream(values).map(v -> v == null ? null : BigDecimal.valueOf(v)).toList());
    }
}
