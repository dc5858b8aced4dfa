package org.iptalent.expert.pool;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.Expert.Status;

/**
 * An expert as pages and the API show it: the talent's name and employer from the registry (contact details only
 * masked), the appointment, the profile, and the averages of its evaluations.
 */
public record ExpertView(long id, long version, long talentId, String name, String employerName, String mobileMasked,
        String regionCode, Status status, String statusReason, LocalDate termStartsOn, LocalDate termEndsOn,
        Set<String> categories, Set<String> ipcClasses, Set<Duty> duties, String languages, Availability availability,
        String achievements, boolean blacklisted, Scores scores, List<Conflict> conflicts, List<Leave> leaves) {

    /** The averages of an expert's evaluations (1–5 each), null where none. */
    public record Scores(int evaluations, Double quality, Double timeliness, Double conduct) {

        public Double overall() {
            if (quality == null || timeliness == null || conduct == null) {
                return null;
            }
            return (quality + timeliness + conduct) / 3;
        }
    }

    public record Conflict(long id, long organisationId, String organisationName, String note) {
    }

    public record Leave(long id, LocalDate startsOn, LocalDate endsOn, String reason) {
    }
}
