package org.iptalent.training.base;

import java.time.LocalDate;
import java.util.List;

/**
 * A base as an administrator designates or edits it. {@code level} and {@code basis} (the designation's reference,
 * e.g. the notice that designated it, recorded as the first step of its history) are read only when it is
 * designated; {@code teams} and {@code categories} are codes of the plan's taxonomy (a category's team is added
 * with it). A blank {@code contactPhone} keeps the phone on record (pages never show it in clear); {@code clearPhone}
 * removes it.
 */
public record BaseInput(String name, String level, String regionCode, Long hostOrganisationId, LocalDate designatedOn,
        String basis, List<String> teams, List<String> categories, String address, String contactName,
        String contactPhone, String description, boolean clearPhone) {

    public static BaseInput empty() {
        return new BaseInput(null, null, null, null, null, null, List.of(), List.of(), null, null, null, null, false);
    }
}
