package org.iptalent.education.degree;

/** One year of a programme: the students admitted and those who graduated. */
public record YearFigures(int year, int intake, int graduates) {
}
