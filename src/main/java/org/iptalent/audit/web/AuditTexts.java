package org.iptalent.audit.web;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditRecord;
import org.iptalent.audit.AuditText;
import org.iptalent.reference.Localized;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Audit entries in the reader's language: the kind of record, the region, what happened (a message with its
 * arguments, or the free text of an older entry as it was written), and each changed field by its label with
 * its values named as the forms name them (roles, regions, industries, code-list terms, yes or no). The audit
 * page and every record's history ({@code fragments/fields :: history}) use it as {@code @auditTexts}.
 */
@Component("auditTexts")
public class AuditTexts {

    /** The kinds of record the platform audits, in the order the audit page offers them as a filter. */
    public static final List<String> ENTITY_TYPES = List.of("Talent", "Qualification", "Organisation", "TalentImport",
            "Certificate", "CertificateType", "ExternalCertificate",
            "User", "ApiToken", "AuditLog", "DemoData", "TrainingProgram", "TrainingClass", "Enrollment",
            "RotationCampaign", "Nomination", "AttendanceImport",
            "TrainingBase", "TrainingBaseScorecard", "TrainingBaseAssessment", "TrainingBaseReview",
            "TrainingSurvey", "Questionnaire", "FollowUp");

    /** Where a kind of record's field labels are in the bundles (a form's labels); audit.field.* overrides. */
    private static final Map<String, String> LABELS = Map.of("User", "user.", "Talent", "talent.", "Organisation",
            "organisation.", "Qualification", "talent.qualification.", "TrainingBase",
            "trainingBase.");

    private final MessageSource messages;
    private final ReferenceData reference;

    AuditTexts(MessageSource messages, ReferenceData reference) {
        this.messages = messages;
        this.reference = reference;
    }

    /** The kind of record, e.g. 人才 for {@code Talent}; an unknown kind as it was stored. */
    public String entityType(String type, Locale locale) {
        return type == null ? null : messages.getMessage("audit.entity." + type, null, type, locale);
    }

    /** The region's name ("广东省 深圳市"); the code when the code list does not know it. */
    public String region(String code, Locale locale) {
        return reference.regionName(code, locale);
    }

    /** What happened: the message rendered in the reader's language, else the entry's free text, else null. */
    public String detail(AuditRecord entry, Locale locale) {
        return entry.message() != null ? render(entry.message(), locale) : entry.detail();
    }

    /** A changed field's label: {@code audit.field.<Type>.<field>}, else the record's form label, else its name. */
    public String label(String entityType, String field, Locale locale) {
        String label = messages.getMessage("audit.field." + entityType + "." + field, null, null, locale);
        if (label == null && LABELS.containsKey(entityType)) {
            label = messages.getMessage(LABELS.get(entityType) + field, null, null, locale);
        }
        return label != null ? label : field;
    }

    /** A changed field's value as the reader knows it; null stays null (the page shows a dash). */
    public String value(String entityType, String field, String value, Locale locale) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (field) {
            case "roles" -> each(value, code -> message("role." + code, code, locale), locale);
            case "regionCode" -> region(value, locale);
            case "industryCode" -> industry(value, locale);
            case "enabled", "verified", "internationalExperience" -> "true".equals(value)
                    ? message("common.yes", value, locale) : "false".equals(value) ? message("common.no", value, locale)
                    : value;
            case "gender" -> message("talent.gender." + value, value, locale);
            case "status" -> "Talent".equals(entityType) ? message("talent.status." + value, value, locale) : value;
            case "education" -> term(TaxonomyKind.EDUCATION, value, locale);
            case "discipline" -> term(TaxonomyKind.DISCIPLINE, value, locale);
            case "categories" -> each(value, code -> term(TaxonomyKind.CATEGORY, code, locale), locale);
            // a training base's teams and categories, in one list
            case "specialities" -> each(value, code -> reference.term(TaxonomyKind.TEAM, code)
                    .or(() -> reference.term(TaxonomyKind.CATEGORY, code)).map(t -> t.name(locale)).orElse(code),
                    locale);
            case "type" -> "Organisation".equals(entityType) ? term(TaxonomyKind.ORGANISATION_TYPE, value, locale)
                    : "Qualification".equals(entityType) ? term(TaxonomyKind.QUALIFICATION_TYPE, value, locale)
                    : value;
            default -> value;
        };
    }

    /** A message of an entry, its arguments rendered first (nested messages, coded values, lists). */
    public String render(AuditText.Message message, Locale locale) {
        Object[] args = message.args().stream().map(arg -> argument(arg, locale)).toArray();
        String pattern = messages.getMessage(message.key(), null, null, locale);
        if (pattern == null) {
            // a key this version does not know (written by a newer one): say what there is, never nothing
            return message.key() + (args.length == 0 ? "" : " " + Arrays.toString(args));
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    private Object argument(Object arg, Locale locale) {
        if (arg instanceof AuditText.Message nested) {
            return render(nested, locale);
        }
        if (arg instanceof AuditText.Region region) {
            return region(region.code(), locale);
        }
        if (arg instanceof AuditText.Industry industry) {
            return industry(industry.code(), locale);
        }
        if (arg instanceof AuditText.Term term) {
            return term(term.kind(), term.code(), locale);
        }
        if (arg instanceof List<?> list) {
            String separator = message("audit.detail.separator", "; ", locale);
            return list.isEmpty() ? message("common.none", "", locale)
                    : list.stream().map(item -> String.valueOf(argument(item, locale)))
                            .collect(Collectors.joining(separator));
        }
        return arg;
    }

    private String industry(String code, Locale locale) {
        return reference.industry(code).map(i -> i.code() + " " + i.name(locale)).orElse(code);
    }

    private String term(TaxonomyKind kind, String code, Locale locale) {
        return reference.term(kind, code).map(t -> t.name(locale)).orElse(code);
    }

    /** A comma-separated list of codes, each named, joined as the reader's language lists things. */
    private String each(String codes, java.util.function.Function<String, String> name, Locale locale) {
        return Arrays.stream(codes.replace("[", "").replace("]", "").split(",")).map(String::trim)
                .filter(code -> !code.isEmpty()).map(name)
                .collect(Collectors.joining(Localized.isEnglish(locale) ? ", " : "、"));
    }

    private String message(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
