package org.iptalent.training.rotation;

import java.time.LocalDate;

import org.iptalent.training.offering.TrainingClass;

/**
 * A class of a campaign as its page shows it: its places taken and waiting, and whether the current user may
 * assign members to it (they run it, it is still planned, and the campaign's cycle is open).
 */
public record CampaignClass(long id, String title, String regionCode, LocalDate startsOn, LocalDate endsOn,
        TrainingClass.Status status, int capacity, long placesTaken, long waiting, boolean assignable) {

    public long freePlaces() {
        return Math.max(0, capacity - placesTaken);
    }
}
