package org.iptalent.expert.engagement;

import java.time.LocalDate;

/** The evaluation of an engagement: the day it ended, its outcome, and quality, timeliness and conduct (1–5). */
public record Evaluation(LocalDate endsOn, String outcome, Integer quality, Integer timeliness, Integer conduct,
        String note) {
}
