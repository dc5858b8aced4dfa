package org.iptalent.expert.thinktank;

import java.time.LocalDate;

/** A report's description, sent with its file. */
public record ReportInput(String title, String abstractText, Long topicId, LocalDate publishedOn) {
}
