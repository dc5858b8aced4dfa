package org.iptalent.education.degree;

import java.util.List;

/** A programme with every recorded year, oldest first. */
public record ProgrammeDetail(long id, long version, long universityId, String universityName, String regionCode,
        String name, DegreeLevel level, int firstYear, List<YearFigures> years) {
}
