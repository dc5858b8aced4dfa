package org.iptalent.education.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.iptalent.education.degree.DegreeLevel;
import org.iptalent.education.degree.DegreeRules;
import org.junit.jupiter.api.Test;

/** The demo's programmes and their years pass the rules a user's would: written directly, they must be valid. */
class EducationDemoDataTests {

    @Test
    void everyDemoProgrammeAndYearPassesTheRules() {
        int thisYear = 2026;
        Random random = new Random(7);
        Set<String> universities = new HashSet<>();
        int programmes = 0;
        for (String line : EducationDemoData.TEXTS.numbered("university")) {
            String[] parts = line.split(";");
            universities.add(parts[0]);
            assertThat(parts[1]).matches("[1-6][0-9]{3}00");
            for (String programme : parts[2].split(",")) {
                String[] p = programme.split(":");
                DegreeLevel level = DegreeLevel.valueOf(p[0]);
                int first = Integer.parseInt(p[2]);
                assertThat(DegreeRules.programme(p[1], level, first, thisYear)).as(line).isEmpty();
                Map<Integer, Integer> intakes = new HashMap<>();
                List<Object[]> years = EducationDemoData.figures(random, 1, p[0], first, thisYear - 1);
                years.forEach(y -> intakes.put((Integer) y[1], (Integer) y[2]));
                for (Object[] y : years) {
                    assertThat(DegreeRules.year(level, first, (Integer) y[1], (Integer) y[2], (Integer) y[3],
                            intakes, thisYear)).as(line + " " + y[1]).isEmpty();
                }
                programmes++;
            }
        }
        assertThat(universities).hasSizeGreaterThanOrEqualTo(25);
        assertThat(programmes).isGreaterThan(50);
        for (String line : EducationDemoData.TEXTS.numbered("academy")) {
            String[] parts = line.split(";");
            assertThat(universities).as("an academy's host is a demo university").contains(parts[1]);
            assertThat(LocalDate.parse(parts[3])).isBefore(LocalDate.of(2026, 1, 1));
        }
        assertThat(EducationDemoData.TEXTS.numbered("academy")).as("the plan's target is 5").hasSizeGreaterThan(5);
    }
}
