package org.iptalent.publicnotice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.iptalent.publicnotice.PublicNoticeDraft;
import org.iptalent.publicnotice.PublicNotices;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What a notice must be before it is published: every problem at once, in words (at most a screenful). */
@Component
class NoticeRules {

    /** The national office's notices carry this region. */
    static final String NATIONAL = "000000";
    /** A notice's period runs at most a year. */
    static final int MAX_DAYS = 366;
    private static final int MAX_PROBLEMS = 30;
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final ReferenceData reference;
    private final MessageSource messages;

    NoticeRules(ReferenceData reference, MessageSource messages) {
        this.reference = reference;
        this.messages = messages;
    }

    void check(PublicNoticeDraft draft, RegionScope scope, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String topic = draft.topic() == null ? "" : draft.topic().strip();
        if (topic.isEmpty()) {
            problems.add(new Problem("topic", "field.required"));
        } else if (!TOPIC.matcher(topic).matches() || messages.getMessage("publicnotice.topic." + topic, null, null,
                Locale.ROOT) == null) {
            problems.add(new Problem("topic", "publicnotice.topicUnknown", List.of(clip(topic))));
        }
        tooLong(problems, "sourceReference", draft.sourceReference(), PublicNotice.SOURCE_LENGTH);
        checkRegion(draft.regionCode(), scope, problems);
        required(problems, "title", draft.title(), PublicNotice.TITLE_LENGTH);
        tooLong(problems, "body", draft.body(), PublicNotice.BODY_LENGTH);
        checkPeriod(draft.opensOn(), draft.closesOn(), today, problems);
        checkEntries(draft.entries(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() > MAX_PROBLEMS
                    ? new ArrayList<>(problems.subList(0, MAX_PROBLEMS)) : problems);
        }
    }

    private void checkRegion(String code, RegionScope scope, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new Problem("regionCode", "field.required"));
        } else if (NATIONAL.equals(code) ? !scope.isNational()
                : reference.division(code).isEmpty() || !scope.includes(code)) {
            problems.add(new Problem("regionCode", "publicnotice.regionOutOfScope", List.of(clip(code))));
        }
    }

    private static void checkPeriod(LocalDate opensOn, LocalDate closesOn, LocalDate today, List<Problem> problems) {
        if (opensOn == null) {
            problems.add(new Problem("opensOn", "field.required"));
        } else if (opensOn.isBefore(today)) {
            problems.add(new Problem("opensOn", "publicnotice.opensInPast"));
        }
        if (closesOn == null) {
            problems.add(new Problem("closesOn", "field.required"));
        }
        if (opensOn != null && closesOn != null) {
            if (closesOn.isBefore(opensOn.plusDays(PublicNotices.MIN_DAYS))) {
                problems.add(new Problem("closesOn", "publicnotice.periodTooShort",
                        List.of(String.valueOf(PublicNotices.MIN_DAYS))));
            } else if (closesOn.isAfter(opensOn.plusDays(MAX_DAYS))) {
                problems.add(new Problem("closesOn", "publicnotice.periodTooLong", List.of(String.valueOf(MAX_DAYS))));
            }
        }
    }

    private static void checkEntries(List<PublicNoticeDraft.Entry> entries, List<Problem> problems) {
        if (entries.isEmpty()) {
            problems.add(new Problem("entries", "publicnotice.entriesRequired"));
            return;
        }
        if (entries.size() > PublicNotices.MAX_ENTRIES) {
            problems.add(new Problem("entries", "publicnotice.tooManyEntries",
                    List.of(String.valueOf(PublicNotices.MAX_ENTRIES))));
            return;
        }
        Set<String> references = new HashSet<>();
        for (int i = 0; i < entries.size() && problems.size() <= MAX_PROBLEMS; i++) {
            PublicNoticeDraft.Entry entry = entries.get(i);
            String at = "entries[" + i + "].";
            if (entry == null) {
                problems.add(new Problem(at + "name", "field.required"));
                continue;
            }
            if (required(problems, at + "reference", entry.reference(), NoticeEntry.REFERENCE_LENGTH)
                    && !references.add(entry.reference().strip())) {
                problems.add(new Problem(at + "reference", "publicnotice.entryRepeated",
                        List.of(String.valueOf(i + 1))));
            }
            required(problems, at + "name", entry.name(), NoticeEntry.NAME_LENGTH);
            tooLong(problems, at + "employer", entry.employer(), NoticeEntry.EMPLOYER_LENGTH);
            tooLong(problems, at + "detail", entry.detail(), NoticeEntry.DETAIL_LENGTH);
        }
    }

    /** Whether the value is given and short enough; a problem otherwise. */
    static boolean required(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "field.required"));
            return false;
        }
        return tooLong(problems, field, value, max);
    }

    static boolean tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(field, "field.tooLong", List.of(String.valueOf(max))));
            return false;
        }
        return true;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A value echoed in a refusal, cut short: a refusal never repeats a page of someone's input. */
    static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
