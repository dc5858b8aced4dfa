package org.iptalent.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.iptalent.demand.supply.SupplyTable;
import org.iptalent.registry.TalentSupply.SupplyCount;
import org.junit.jupiter.api.Test;

/** The supply an employer sees: small counts suppressed, and no suppressed count derivable from a row's total. */
class SupplyTableTests {

    static final List<String> TEAMS = List.of("APPLICATION", "BASIC", "PROTECTION");
    static final List<String> EDUCATIONS = List.of("MASTER", "BACHELOR");

    static List<Long> counts(SupplyTable.Row row) {
        return row.cells().stream().map(SupplyTable.Cell::count).toList();
    }

    @Test
    void countsBelowTheThresholdAreHiddenAndASecondCellToo() {
        SupplyTable table = SupplyTable.of(List.of(new SupplyCount("APPLICATION", "MASTER", 3),
                new SupplyCount("APPLICATION", "BACHELOR", 40), new SupplyCount("APPLICATION", null, 7),
                new SupplyCount("BASIC", "MASTER", 12), new SupplyCount("BASIC", "BACHELOR", 9),
                new SupplyCount("PROTECTION", "MASTER", 2)), TEAMS, EDUCATIONS, 5);
        assertThat(table.educations()).containsExactly("MASTER", "BACHELOR", SupplyTable.UNKNOWN);
        SupplyTable.Row application = table.rows().get(0);
        // 3 is hidden; with the total 50 shown, 50 - 40 - 7 would give it away: the next smallest (7) is hidden too
        assertThat(counts(application)).containsExactly(null, 40L, null);
        assertThat(application.total().count()).isEqualTo(50L);
        SupplyTable.Row basic = table.rows().get(1);
        assertThat(counts(basic)).containsExactly(12L, 9L, 0L);
        assertThat(basic.total().count()).isEqualTo(21L);
        // one person in the row: the cell and the total both hidden, and nothing else needs to be
        SupplyTable.Row protection = table.rows().get(2);
        assertThat(counts(protection)).containsExactly(null, 0L, 0L);
        assertThat(protection.total().suppressed()).isTrue();
    }

    @Test
    void aTeamWithNobodyShowsZeros() {
        SupplyTable table = SupplyTable.of(List.of(), TEAMS, EDUCATIONS, 5);
        assertThat(table.rows()).hasSize(3).allSatisfy(row -> {
            assertThat(counts(row)).containsOnly(0L);
            assertThat(row.total().count()).isZero();
        });
    }
}
