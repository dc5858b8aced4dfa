package org.iptalent.training.api;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.iptalent.training.program.Level;

/** A program with its progressive levels. */
record ProgramView(long id, String title, String team, String category, String description,
        @Schema(description = "Null for a national program, else the region that keeps it") String ownerRegion,
        List<LevelView> levels) {

    /**
     * One level: what a trainee learns there, the hours it takes, and the level a trainee completes first (none
     * for the lowest level the program has).
     */
    @Schema(name = "ProgramLevelView")
    record LevelView(long id, Level level, String outcomes, BigDecimal requiredHours, Level prerequisite) {
    }
}
