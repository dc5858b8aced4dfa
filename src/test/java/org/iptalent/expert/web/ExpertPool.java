package org.iptalent.expert.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.iptalent.expert.category.ExpertCategories;
import org.iptalent.expert.pool.Appointment;
import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.ExpertProfile;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentInput;
import org.iptalent.registry.TalentView;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.springframework.context.ApplicationContext;

/**
 * A pool of experts built through the services for the page and browser tests: a category of its own (so no other
 * test's experts count), organisations, talents and their appointments, all as the national administrator.
 */
public final class ExpertPool {

    private final ExpertRecords experts;
    private final ExpertCategories categories;
    private final TalentRecords talents;
    private final OrganisationRecords organisations;
    private final UserSummary national;

    public ExpertPool(ApplicationContext context, UserSummary national) {
        this.experts = context.getBean(ExpertRecords.class);
        this.categories = context.getBean(ExpertCategories.class);
        this.talents = context.getBean(TalentRecords.class);
        this.organisations = context.getBean(OrganisationRecords.class);
        this.national = national;
    }

    /** A category of its own under LAW, named in both languages; returns its code. */
    public String category(String nameZh, String nameEn) {
        String code = "PAGE_T" + System.nanoTime() % 1_000_000_000L;
        TestAccounts.as(national, () -> categories.add(code, "LAW", nameZh + code.substring(6), nameEn + " "
                + code.substring(6)));
        return code;
    }

    public OrganisationView organisation(String name, String region) {
        return TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                name + System.nanoTime() % 1_000_000, "ENTERPRISE", TestIdentities.creditCode(), region, "72")));
    }

    public TalentView talent(String name, String region, OrganisationView employer) {
        return TestAccounts.as(national, () -> talents.create(new TalentInput(name, null, null,
                TestIdentities.identity(region, true), null, null, "MASTER", "LAW", null,
                employer == null ? null : employer.name(), employer == null ? null : employer.creditCode(), region,
                "72", List.of("PROT_TECH_INVESTIGATOR"), null, null, null, null), Talent.Source.MANUAL));
    }

    /** Appoints a new talent of {@code region}, employed by {@code employer}, to {@code category}; its expert id. */
    public long expert(String name, String region, OrganisationView employer, String category) {
        TalentView talent = talent(name, region, employer);
        LocalDate start = LocalDate.now().minusYears(1);
        return TestAccounts.as(national, () -> experts.appoint(new Appointment(talent.id(), start,
                start.plusYears(3), new ExpertProfile(Set.of(category), Set.of("G06"),
                        Set.of(Duty.TECHNICAL_INVESTIGATOR), "英语", Availability.AVAILABLE, "长期从事专利审判技术调查"))))
                .id();
    }
}
