package org.iptalent.expert.thinktank;

import java.time.LocalDate;

/** A think tank as an administrator gives it: region 000000 makes it national (national administrators only). */
public record ThinkTankInput(String name, String regionCode, Long hostOrganisationId, String description,
        LocalDate foundedOn) {
}
