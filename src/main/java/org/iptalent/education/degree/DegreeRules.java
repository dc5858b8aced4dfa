package org.iptalent.education.degree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iptalent.shared.InvalidInputException.Problem;

/**
 * The rules a programme and its yearly figures pass, without the database: the first year is neither in the future
 * nor before 1980 (nor, for the professional master's, before the degree existed); a year's intake and graduates are
 * whole, non-negative and sane for one programme; nobody graduates before the first cohort could, and a year's
 * graduates stay within what the cohorts admitted before could give.
 */
public final class DegreeRules {

    /** The first year a programme may have started: IP teaching at Chinese universities began in the 1980s. */
    public static final int EARLIEST_YEAR = 1980;
    /** The most students one programme admits or graduates in a year: more is a typing error. */
    public static final int MAX_PER_YEAR = 2000;
    static final int NAME_LENGTH = 100;
    /**
     * How far a year's graduates may exceed the largest cohort that could have finished by then: students who took
     * longer or transferred in make a year's graduates somewhat larger than one cohort, never twice as large.
     */
    static final double COHORT_SLACK = 1.5;

    private DegreeRules() {
    }

    /** The problems of a new programme: its name, level and first year, in {@code thisYear}. */
    public static List<Problem> programme(String name, DegreeLevel level, Integer firstYear, int thisYear) {
        List<Problem> problems = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            problems.add(new Problem("name", "field.required"));
        } else if (trimmed.length() > NAME_LENGTH) {
            problems.add(new Problem("name", "field.tooLong", List.of(NAME_LENGTH)));
        }
        if (level == null) {
            problems.add(new Problem("level", "field.required"));
        }
        if (firstYear == null) {
            problems.add(new Problem("firstYear", "field.required"));
        } else if (firstYear > thisYear) {
            problems.add(new Problem("firstYear", "education.firstYear.future", List.of(String.valueOf(thisYear))));
        } else if (firstYear < EARLIEST_YEAR) {
            problems.add(new Problem("firstYear", "education.firstYear.tooEarly",
                    List.of(String.valueOf(EARLIEST_YEAR))));
        } else if (level != null && firstYear < level.earliestStart()) {
            problems.add(new Problem("firstYear", "education.firstYear.beforeDegree",
                    List.of(String.valueOf(level.earliestStart()))));
        }
        return problems;
    }

    /**
     * The problems of one year's figures of a programme of {@code level} that started in {@code firstYear}, given
     * the intake recorded for its other years ({@code intakes}, by year).
     */
    public static List<Problem> year(DegreeLevel level, int firstYear, Integer year, Integer intake,
            Integer graduates, Map<Integer, Integer> intakes, int thisYear) {
        List<Problem> problems = new ArrayList<>();
        if (year == null) {
            problems.add(new Problem("year", "field.required"));
        } else if (year < firstYear || year > thisYear) {
            problems.add(new Problem("year", "education.year.range", List.of(String.valueOf(firstYear),
                    String.valueOf(thisYear))));
        }
        count("intake", intake, problems);
        count("graduates", graduates, problems);
        if (!problems.isEmpty() || graduates == 0) {
            return problems;
        }
        int earliest = firstYear + level.years();
        if (year < earliest) {
            problems.add(new Problem("graduates", "education.graduates.tooSoon", List.of(String.valueOf(earliest))));
            return problems;
        }
        int bound = bound(level, firstYear, year, intakes);
        if (graduates > bound) {
            problems.add(new Problem("graduates", "education.graduates.beyondCohorts", List.of(bound)));
        }
        return problems;
    }

    /**
     * The most graduates a year may have: half again the largest cohort admitted by the year its students could
     * finish, or {@link #MAX_PER_YEAR} while no such cohort is recorded (figures kept from some year on).
     */
    static int bound(DegreeLevel level, int firstYear, int year, Map<Integer, Integer> intakes) {
        int largest = intakes.entrySet().stream()
                .filter(e -> e.getKey() >= firstYear && e.getKey() <= year - level.years())
                .mapToInt(Map.Entry::getValue).max().orElse(-1);
        return largest < 0 ? MAX_PER_YEAR : (int) Math.min(MAX_PER_YEAR, Math.floor(largest * COHORT_SLACK));
    }

    private static void count(String field, Integer value, List<Problem> problems) {
        if (value == null) {
            problems.add(new Problem(field, "field.required"));
        } else if (value < 0 || value > MAX_PER_YEAR) {
            problems.add(new Problem(field, "education.count.range", List.of(MAX_PER_YEAR)));
        }
    }
}
