package org.iptalent.education.academy;

import java.time.LocalDate;

/** A new academy as a form or the API gives it. */
public record AcademyInput(String name, Long hostId, String partners, LocalDate foundedOn, String regionCode) {
}
