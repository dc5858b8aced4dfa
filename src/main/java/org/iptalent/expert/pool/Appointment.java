package org.iptalent.expert.pool;

import java.time.LocalDate;

/** An appointment to the pool: the registry's talent, its term and its profile. */
public record Appointment(Long talentId, LocalDate termStartsOn, LocalDate termEndsOn, ExpertProfile profile) {
}
