package org.iptalent.registry;

import java.util.Locale;
import java.util.Map;

/**
 * A section another module adds to a talent's profile page (training adds the talent's classes and hours). The
 * registry has already checked that the reader may see the talent; the section shows only what that talent's
 * record ties to its own module.
 */
public interface TalentProfileSection {

    /** Where the section goes among the others (smaller first). */
    int order();

    /** The Thymeleaf template holding a fragment named {@code section}, e.g. {@code training/profile-section}. */
    String template();

    /** The attributes the fragment reads, for this talent and reader's language. */
    Map<String, Object> model(long talentId, Locale locale);
}
