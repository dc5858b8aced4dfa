package org.iptalent.demand.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;

/**
 * The rules a pairing, a secondment and an activity must pass, each answering every problem at once (so a form shows
 * them together). Pure: the look-ups of codes and organisations come in as functions, the user's region as a scope.
 */
final class PairingRules {

    static final int GOALS_LENGTH = 2000;
    static final int PURPOSE_LENGTH = 500;
    static final int NOTE_LENGTH = 1000;
    static final int MAX_FIGURE = 100_000;
    static final int MAX_HOURS = 10_000;
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    /** What the rules passed, trimmed and with each side's region: the only way a {@link Pairing} is made. */
    record Checked(Pairing.Level level, String fromRegion, String toRegion, Long fromOrgId, Long toOrgId,
            LocalDate startsOn, LocalDate endsOn, String goals) {
    }

    /** The activity the rules passed, blank figures as 0. */
    record CheckedActivity(Activity.Kind kind, LocalDate heldOn, int peopleTrained, int casesAssisted, int hours,
            String note) {
    }

    private PairingRules() {
    }

    /**
     * A pairing: a known level; both sides given, known, of that level and not the same; the end not before the
     * start; goals; and at least one side in {@code scope} (an administration pairs its own region with another).
     */
    static Checked pairing(PairingInput in, Function<String, Optional<Division>> divisions,
            Function<Long, Optional<String>> organisationRegions, RegionScope scope) {
        List<Problem> problems = new ArrayList<>();
        Pairing.Level level = level(in.level(), problems);
        String fromRegion = blankToNull(in.fromRegion());
        String toRegion = blankToNull(in.toRegion());
        if (level == Pairing.Level.ORGANISATION) {
            fromRegion = organisation("fromOrgId", in.fromOrgId(), organisationRegions, problems);
            toRegion = organisation("toOrgId", in.toOrgId(), organisationRegions, problems);
            if (in.fromOrgId() != null && in.fromOrgId().equals(in.toOrgId())) {
                problems.add(new Problem("toOrgId", "exchange.pairing.sameSide"));
            }
        } else if (level != null) {
            region("fromRegion", fromRegion, level, divisions, problems);
            region("toRegion", toRegion, level, divisions, problems);
            if (fromRegion != null && fromRegion.equals(toRegion)) {
                problems.add(new Problem("toRegion", "exchange.pairing.sameSide"));
            }
        }
        period(in.startsOn(), in.endsOn(), problems);
        String goals = text("goals", in.goals(), GOALS_LENGTH, true, problems);
        if (problems.isEmpty() && !(scope.includes(fromRegion) || scope.includes(toRegion))) {
            problems.add(new Problem("fromRegion", "exchange.pairing.outsideScope"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean organisations = level == Pairing.Level.ORGANISATION;
        return new Checked(level, fromRegion, toRegion, organisations ? in.fromOrgId() : null,
                organisations ? in.toOrgId() : null, in.startsOn(), in.endsOn(), goals);
    }

    /**
     * A secondment under {@code pairing}: a talent; regions (blank: the pairing's sides) within opposite sides of the
     * pairing, known organisations if given, dates within the pairing's period and a purpose.
     */
    static SecondmentInput secondment(Pairing pairing, SecondmentInput in,
            Function<String, Optional<Division>> divisions, Function<Long, Optional<String>> organisationRegions) {
        List<Problem> problems = new ArrayList<>();
        if (in.talentId() == null) {
            problems.add(new Problem("talentId", "field.required"));
        }
        String from = Objects.requireNonNullElse(blankToNull(in.fromRegion()), pairing.getFromRegion());
        String to = Objects.requireNonNullElse(blankToNull(in.toRegion()), pairing.getToRegion());
        boolean fromKnown = known("fromRegion", from, divisions, problems);
        boolean toKnown = known("toRegion", to, divisions, problems);
        if (fromKnown && toKnown && !opposite(pairing, from, to)) {
            problems.add(new Problem("toRegion", "exchange.secondment.notThePairingsSides"));
        }
        for (Long org : new Long[] {in.fromOrgId(), in.toOrgId()}) {
            if (org != null && organisationRegions.apply(org).isEmpty()) {
                problems.add(new Problem(org.equals(in.fromOrgId()) ? "fromOrgId" : "toOrgId",
                        "exchange.organisationUnknown", List.of(String.valueOf(org))));
            }
        }
        if (period(in.startsOn(), in.endsOn(), problems) && !within(pairing, in.startsOn(), in.endsOn())) {
            problems.add(new Problem("startsOn", "exchange.outsidePeriod",
                    List.of(pairing.getStartsOn().toString(), pairing.getEndsOn().toString())));
        }
        String purpose = text("purpose", in.purpose(), PURPOSE_LENGTH, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SecondmentInput(in.talentId(), from, to, in.fromOrgId(), in.toOrgId(), in.startsOn(), in.endsOn(),
                purpose);
    }

    /** An activity: a known kind, a day within the pairing's period, figures from 0 within their bounds, a note. */
    static CheckedActivity activity(Pairing pairing, ActivityInput in) {
        List<Problem> problems = new ArrayList<>();
        Activity.Kind kind = null;
        if (blankToNull(in.kind()) == null) {
            problems.add(new Problem("kind", "field.required"));
        } else {
            try {
                kind = Activity.Kind.valueOf(in.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("kind", "exchange.activity.kindUnknown", List.of(in.kind().strip())));
            }
        }
        if (in.heldOn() == null) {
            problems.add(new Problem("heldOn", "field.required"));
        } else if (!within(pairing, in.heldOn(), in.heldOn())) {
            problems.add(new Problem("heldOn", "exchange.outsidePeriod",
                    List.of(pairing.getStartsOn().toString(), pairing.getEndsOn().toString())));
        }
        int people = figure("peopleTrained", in.peopleTrained(), MAX_FIGURE, problems);
        int cases = figure("casesAssisted", in.casesAssisted(), MAX_FIGURE, problems);
        int hours = figure("hours", in.hours(), MAX_HOURS, problems);
        String note = text("note", in.note(), NOTE_LENGTH, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CheckedActivity(kind, in.heldOn(), people, cases, hours, note);
    }

    /** Whether {@code from} lies within one side of the pairing and {@code to} within the other. */
    static boolean opposite(Pairing pairing, String from, String to) {
        RegionScope assisting = RegionScope.of(pairing.getFromRegion());
        RegionScope assisted = RegionScope.of(pairing.getToRegion());
        return assisting.includes(from) && assisted.includes(to) || assisted.includes(from) && assisting.includes(to);
    }

    private static boolean within(Pairing pairing, LocalDate start, LocalDate end) {
        return !start.isBefore(pairing.getStartsOn()) && !end.isAfter(pairing.getEndsOn());
    }

    private static Pairing.Level level(String value, List<Problem> problems) {
        String level = blankToNull(value);
        if (level == null) {
            problems.add(new Problem("level", "field.required"));
            return null;
        }
        try {
            return Pairing.Level.valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("level", "exchange.pairing.levelUnknown", List.of(level)));
            return null;
        }
    }

    private static void region(String field, String code, Pairing.Level level,
            Function<String, Optional<Division>> divisions, List<Problem> problems) {
        if (known(field, code, divisions, problems)
                && divisions.apply(code).orElseThrow().isProvince() != (level == Pairing.Level.PROVINCE)) {
            problems.add(new Problem(field, "exchange.pairing.levelMismatch", List.of(code)));
        }
    }

    /** Whether a required code is given and known (its problem added if not). */
    private static boolean known(String field, String code, Function<String, Optional<Division>> divisions,
            List<Problem> problems) {
        if (code == null) {
            problems.add(new Problem(field, "field.required"));
            return false;
        }
        if (divisions.apply(code).isEmpty()) {
            problems.add(new Problem(field, ReferenceData.UNKNOWN_CODE, List.of(code)));
            return false;
        }
        return true;
    }

    private static String organisation(String field, Long id, Function<Long, Optional<String>> regions,
            List<Problem> problems) {
        if (id == null) {
            problems.add(new Problem(field, "field.required"));
            return null;
        }
        Optional<String> region = regions.apply(id);
        if (region.isEmpty()) {
            problems.add(new Problem(field, "exchange.organisationUnknown", List.of(String.valueOf(id))));
        }
        return region.orElse(null);
    }

    /** Whether both dates are given, within the years a record may name and in order (problems added if not). */
    private static boolean period(LocalDate start, LocalDate end, List<Problem> problems) {
        int before = problems.size();
        if (start == null) {
            problems.add(new Problem("startsOn", "field.required"));
        } else if (start.getYear() < FIRST_YEAR || start.getYear() > LAST_YEAR) {
            problems.add(new Problem("startsOn", "exchange.yearRange", List.of(String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR))));
        }
        if (end == null) {
            problems.add(new Problem("endsOn", "field.required"));
        } else if (end.getYear() < FIRST_YEAR || end.getYear() > LAST_YEAR) {
            problems.add(new Problem("endsOn", "exchange.yearRange", List.of(String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR))));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new Problem("endsOn", "exchange.endBeforeStart"));
        }
        return problems.size() == before;
    }

    private static int figure(String field, Integer value, int max, List<Problem> problems) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > max) {
            problems.add(new Problem(field, "exchange.activity.figureRange", List.of(String.valueOf(max))));
            return 0;
        }
        return value;
    }

    private static String text(String field, String value, int length, boolean required, List<Problem> problems) {
        String text = blankToNull(value);
        if (text == null && required) {
            problems.add(new Problem(field, "field.required"));
        } else if (text != null && text.length() > length) {
            problems.add(new Problem(field, "field.tooLong", List.of(length)));
        }
        return text;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
