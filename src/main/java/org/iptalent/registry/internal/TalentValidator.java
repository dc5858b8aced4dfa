package org.iptalent.registry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.iptalent.organisation.CreditCode;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.iptalent.registry.Gender;
import org.iptalent.registry.IdentityNumber;
import org.iptalent.registry.TalentInput;
import org.iptalent.shared.InvalidInputException.Problem;
import org.springframework.stereotype.Component;

/**
 * Every rule a talent record must meet, checked all at once so the user sees every problem together.
 * The form, the API and the spreadsheet import use this one validator.
 */
@Component
public class TalentValidator {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final ReferenceData reference;

    TalentValidator(ReferenceData reference) {
        this.reference = reference;
    }

    public List<Problem> check(TalentInput in) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "name", in.name(), 50);
        String identity = IdentityNumber.normalise(in.identityNumber());
        String identityProblem = IdentityNumber.problem(identity);
        if (identityProblem != null) {
            problems.add(new Problem("identityNumber", identityProblem));
        }
        if (blank(in.gender())) {
            if (identityProblem != null) {
                problems.add(new Problem("gender", "field.required"));
            }
        } else if (!in.gender().equals("MALE") && !in.gender().equals("FEMALE")) {
            problems.add(new Problem("gender", "field.unknownCode", List.of(in.gender())));
        } else if (identityProblem == null && Gender.valueOf(in.gender()) != IdentityNumber.gender(identity)) {
            problems.add(new Problem("gender", "talent.gender.mismatch"));
        }
        if (!blank(in.birthDate())) {
            LocalDate date = date(in.birthDate());
            if (date == null) {
                problems.add(new Problem("birthDate", "field.date"));
            } else if (identityProblem == null && !date.equals(IdentityNumber.birthDate(identity))) {
                problems.add(new Problem("birthDate", "talent.birthDate.mismatch"));
            }
        }
        if (!blank(in.mobile()) && !MOBILE.matcher(in.mobile().trim()).matches()) {
            problems.add(new Problem("mobile", "talent.mobile.format"));
        }
        if (!blank(in.email()) && (in.email().length() > 254 || !EMAIL.matcher(in.email().trim()).matches())) {
            problems.add(new Problem("email", "talent.email.format"));
        }
        reference.checkTerm("education", TaxonomyKind.EDUCATION, in.education()).ifPresent(problems::add);
        reference.checkTerm("discipline", TaxonomyKind.DISCIPLINE, in.discipline()).ifPresent(problems::add);
        length(problems, "major", in.major(), 100);
        if (!blank(in.employerCreditCode()) && CreditCode.problem(in.employerCreditCode()) != null) {
            problems.add(new Problem("employerCreditCode", CreditCode.problem(in.employerCreditCode())));
        }
        length(problems, "employerName", in.employerName(), 200);
        if (blank(in.regionCode())) {
            problems.add(new Problem("regionCode", "field.required"));
        }
        reference.checkRegion("regionCode", in.regionCode()).ifPresent(problems::add);
        reference.checkIndustry("industryCode", in.industryCode()).ifPresent(problems::add);
        // a blank entry names no category: a list of blanks is no categories at all
        if (in.categories().stream().allMatch(TalentValidator::blank)) {
            problems.add(new Problem("categories", "talent.categories.required"));
        }
        for (String category : in.categories()) {
            reference.checkTerm("categories", TaxonomyKind.CATEGORY, category).ifPresent(problems::add);
        }
        length(problems, "position", in.position(), 100);
        length(problems, "languages", in.languages(), 200);
        length(problems, "internationalExperience", in.internationalExperience(), 1000);
        if (!blank(in.status())) {
            try {
                Talent.Status.valueOf(in.status().trim());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("status", "field.unknownCode", List.of(in.status())));
            }
        }
        return problems;
    }

    /** The team/category pairs of valid category codes. */
    public Set<TalentCategory> categories(List<String> codes) {
        Set<TalentCategory> result = new LinkedHashSet<>();
        for (String code : codes) {
            String category = code == null ? null : code.trim();
            reference.term(TaxonomyKind.CATEGORY, category).map(Term::parentCode)
                    .ifPresent(team -> result.add(new TalentCategory(team, category)));
        }
        return result;
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void required(List<Problem> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.add(new Problem(field, "field.required"));
        } else {
            length(problems, field, value, max);
        }
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            problems.add(new Problem(field, "field.tooLong", List.of(max)));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
