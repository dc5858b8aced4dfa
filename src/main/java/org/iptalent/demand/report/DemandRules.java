package org.iptalent.demand.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.iptalent.demand.DemandHorizon;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;

/**
 * What makes a reported need valid, for the form, the API and the import alike: every code from the reference lists
 * (a category of the team given), a count from 0 to {@value #MAX_COUNT} (more in one row is a typing error, not a
 * need: a large employer reports by category and place), a survey year the platform plausibly holds, and a place
 * within the reporter's region.
 */
public final class DemandRules {

    /** The most staff one row may ask for. */
    public static final int MAX_COUNT = 10_000;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** A need that passed, its codes trimmed. */
    public record Checked(int year, DemandHorizon horizon, String regionCode, String industryCode, String team,
            String category, String qualification, String education, int count) {
    }

    private final ReferenceData reference;

    public DemandRules(ReferenceData reference) {
        this.reference = reference;
    }

    /** The need's problems, every one of them; none when it is valid within {@code scope}. */
    public List<Problem> problems(DemandInput input, RegionScope scope) {
        List<Problem> problems = new ArrayList<>();
        if (input.year() == null) {
            problems.add(new Problem("year", "field.required"));
        } else if (input.year() < MIN_YEAR || input.year() > MAX_YEAR) {
            problems.add(new Problem("year", "demand.year.range", List.of(String.valueOf(input.year()),
                    String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR))));
        }
        String horizon = trim(input.horizon());
        if (horizon == null) {
            problems.add(new Problem("horizon", "field.required"));
        } else if (horizon(horizon).isEmpty()) {
            problems.add(new Problem("horizon", "demand.horizon.unknown", List.of(horizon)));
        }
        String region = trim(input.regionCode());
        if (required(problems, "regionCode", region)) {
            Optional<Problem> unknown = reference.checkRegion("regionCode", region);
            unknown.ifPresent(problems::add);
            if (unknown.isEmpty() && !scope.includes(region)) {
                problems.add(new Problem("regionCode", "demand.region.outOfScope", List.of(region)));
            }
        }
        String industry = trim(input.industryCode());
        if (required(problems, "industryCode", industry)) {
            reference.checkIndustry("industryCode", industry).ifPresent(problems::add);
        }
        String team = trim(input.team());
        if (required(problems, "team", team)) {
            reference.checkTerm("team", TaxonomyKind.TEAM, team).ifPresent(problems::add);
        }
        String category = trim(input.category());
        if (required(problems, "category", category)) {
            Optional<Term> term = reference.term(TaxonomyKind.CATEGORY, category);
            if (term.isEmpty()) {
                reference.checkTerm("category", TaxonomyKind.CATEGORY, category).ifPresent(problems::add);
            } else if (team != null && !team.equals(term.get().parentCode())) {
                problems.add(new Problem("category", "demand.category.notOfTeam", List.of(category, team)));
            }
        }
        String qualification = trim(input.qualification());
        if (qualification != null) {
            reference.checkTerm("qualification", TaxonomyKind.QUALIFICATION_TYPE, qualification)
                    .ifPresent(problems::add);
        }
        String education = trim(input.education());
        if (required(problems, "education", education)) {
            reference.checkTerm("education", TaxonomyKind.EDUCATION, education).ifPresent(problems::add);
        }
        if (input.count() == null) {
            problems.add(new Problem("count", "field.required"));
        } else if (input.count() < 0 || input.count() > MAX_COUNT) {
            problems.add(new Problem("count", "demand.count.range", List.of(String.valueOf(input.count()),
                    String.valueOf(MAX_COUNT))));
        }
        return problems;
    }

    /** The need as stored; call only when {@link #problems} found none. */
    public Checked checked(DemandInput input) {
        return new Checked(input.year(), horizon(trim(input.horizon())).orElseThrow(), trim(input.regionCode()),
                trim(input.industryCode()), trim(input.team()), trim(input.category()), trim(input.qualification()),
                trim(input.education()), input.count());
    }

    public static Optional<DemandHorizon> horizon(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (DemandHorizon h : DemandHorizon.values()) {
            if (h.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    private static boolean required(List<Problem> problems, String field, String value) {
        if (value == null) {
            problems.add(new Problem(field, "field.required"));
            return false;
        }
        return true;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
