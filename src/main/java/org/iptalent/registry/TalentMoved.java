package org.iptalent.registry;

/** A talent changed employer or region: the flow analytics of talent movement read. */
public record TalentMoved(long talentId, Long fromEmployerId, Long toEmployerId, String fromRegionCode,
        String toRegionCode) {
}
