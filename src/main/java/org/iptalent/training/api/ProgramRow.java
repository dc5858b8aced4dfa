package org.iptalent.training.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** A program in the catalogue's list. */
record ProgramRow(long id, String title,
        @Schema(description = "Talent team code (taxonomy TEAM)") String team,
        @Schema(description = "Talent category code (taxonomy CATEGORY), null for the whole team") String category,
        @Schema(description = "Null for a national program, else the region that keeps it") String ownerRegion,
        @Schema(description = "The levels it has, of FOUNDATION, INTERMEDIATE, ADVANCED") int levels) {
}
