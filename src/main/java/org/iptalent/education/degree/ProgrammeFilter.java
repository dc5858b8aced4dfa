package org.iptalent.education.degree;

/** A programme list's filters: level, a region prefix's code (a province or city), part of the university's name. */
public record ProgrammeFilter(DegreeLevel level, String regionCode, String q) {

    public static final int MAX_QUERY_LENGTH = 100;
}
