package org.iptalent.education.academy;

import java.time.LocalDate;

/** An academy as lists, its page and the API show it, with its host's name. */
public record AcademyView(long id, long version, String name, long hostId, String hostName, String partners,
        LocalDate foundedOn, String regionCode) {
}
