package org.iptalent.training.survey;

/** One answer as given: the survey item it answers, and a scale item's value or a text item's words. */
public record Answer(long itemId, Integer value, String text) {
}
