package org.iptalent.expert.thinktank;

import java.time.LocalDate;

/** A research topic as an administrator proposes it, led by one of the think tank's current members. */
public record TopicInput(String title, String description, LocalDate startsOn, LocalDate endsOn, Long leadMemberId) {
}
