package org.iptalent.expert.team;

import org.iptalent.reference.Localized;

/** A named team of experts with a target size, and how many experts are members of it today. */
public record ExpertTeam(String code, String nameZh, String nameEn, int targetSize, int members)
        implements Localized {

    /** The share of the target filled, in percent (100 and more once the target is met). */
    public int percentFilled() {
        return (int) Math.round(members * 100.0 / targetSize);
    }
}
