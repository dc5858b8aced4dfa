package org.iptalent.training.base;

import java.time.LocalDate;
import java.util.List;

/** A base in a list: what the list shows and filters on, with its teams' codes. */
public record BaseRow(long id, String name, BaseLevel level, String regionCode, long hostOrganisationId,
        String hostOrganisationName, LocalDate designatedOn, BaseStatus status, List<String> teams) {

    static BaseRow of(TrainingBase base) {
        return new BaseRow(base.getId(), base.getName(), base.getLevel(), base.getRegionCode(),
                base.getHostOrganisationId(), base.getHostOrganisation().getName(), base.getDesignatedOn(),
                base.getStatus(), base.getSpecialities().stream().filter(Speciality::isTeam)
                        .map(Speciality::getCode).sorted().toList());
    }
}
