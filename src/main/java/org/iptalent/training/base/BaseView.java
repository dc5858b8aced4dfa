package org.iptalent.training.base;

import java.time.LocalDate;
import java.util.List;

/**
 * One base as its page and the API show it: the contact's phone masked, the specialities as codes, the status
 * history oldest first and the latest assessment, if any.
 */
public record BaseView(long id, long version, String name, BaseLevel level, String regionCode,
        long hostOrganisationId, String hostOrganisationName, LocalDate designatedOn, BaseStatus status,
        String address, String contactName, String contactPhone, String description, List<String> teams,
        List<String> categories, List<StatusStep> history, AssessmentSummary latestAssessment) {
}
