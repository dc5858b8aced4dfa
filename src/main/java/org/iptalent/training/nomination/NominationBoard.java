package org.iptalent.training.nomination;

import java.util.List;

/**
 * A nominated class's nominations as one administrator sees them: the national office every province's, a
 * provincial administrator their own province's.
 *
 * @param national  the viewer is the national office (sets quotas, decides, enrols)
 * @param province  the viewer's province; null for the national office
 * @param provinces the quotas and counts, by province code (a province with neither quota nor nomination left out)
 */
public record NominationBoard(long classId, String classTitle, String classStatus, int capacity, long placesTaken,
        boolean national, String province, List<ProvinceQuota> provinces, List<NominationView> nominations) {

    public NominationBoard {
        provinces = List.copyOf(provinces);
        nominations = List.copyOf(nominations);
    }

    public long selected() {
        return nominations.stream().filter(n -> n.status() == Nomination.Status.SELECTED).count();
    }
}
