package org.iptalent.registry;

/** A talent entered the registry. */
public record TalentRegistered(long talentId, String regionCode) {
}
