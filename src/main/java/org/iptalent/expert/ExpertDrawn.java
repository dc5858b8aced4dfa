package org.iptalent.expert;

import java.util.List;

/** Experts were drawn for a matter (selected, or a reserve called in place of a decline). */
public record ExpertDrawn(long drawId, String matter, List<Long> expertIds) {

    public ExpertDrawn {
        expertIds = List.copyOf(expertIds);
    }
}
