package org.iptalent.registry;

import java.time.Instant;

/**
 * A talent entering the registry or moving: what analytics of talent flows read. {@code JOINED} comes from the
 * talent row itself (its creation, its first region and employer), {@code MOVED} from a recorded change of
 * employer or region, whichever path wrote it (a form, the API, an import, a merge of organisations).
 *
 * @param fromRegionCode null when the talent joined
 * @param fromEmployerId null when the talent joined, or had no employer
 */
public record TalentMovement(long talentId, Kind kind, Instant at, String fromRegionCode, String toRegionCode,
        Long fromEmployerId, Long toEmployerId) {

    public enum Kind { JOINED, MOVED }
}
