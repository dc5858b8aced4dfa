package org.iptalent.registry.internal.indicators;

import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.IndicatorSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's counts of persons for the plan's indicators, each one statement over the talents present. */
@Configuration(proxyBeanMethods = false)
class RegistryIndicators {

    /**
     * Licensed patent agents: talents present holding a PATENT_AGENT qualification issued by the day (one without
     * an issue date: known to the registry by the day) and not expired then. Unverified ones count with the
     * verified: nothing in the platform verifies a qualification yet (imports and manual entries record them
     * UNVERIFIED, only the demo writes VERIFIED), so verified alone would leave out every imported licence; a
     * REJECTED one was checked and found wrong, and does not count.
     */
    static final String PATENT_AGENTS = PresentTalents.PRESENT + """
            counted as materialized (
              select p.region_code, count(*) n from present p where p.id in (
                select q.talent_id from qualification q
                where q.type = 'PATENT_AGENT' and q.verification <> 'REJECTED'
                  and coalesce(q.issued_on <= :day, q.created_at < :end)
                  and (q.expires_on is null or q.expires_on >= :day))
              group by 1)
            """ + PresentTalents.BY_PREFIX;

    /** Information-service staff: talents present in the category PS_INFORMATION_SERVICE (by their categories now). */
    static final String INFORMATION_SERVICE = PresentTalents.PRESENT + """
            counted as materialized (
              select p.region_code, count(*) n from present p where p.id in (
                select c.talent_id from talent_category c where c.category = 'PS_INFORMATION_SERVICE')
              group by 1)
            """ + PresentTalents.BY_PREFIX;

    /**
     * The talents present in one of the plan's five teams (by their categories now; a talent in two teams counts in
     * each): {@code registry.team.<TEAM>}, the supply history analytics forecasts by region and team. The team is one
     * of the reference's codes, written into the statement (never input).
     */
    static String team(String team) {
        return PresentTalents.PRESENT + """
                counted as materialized (
                  select p.region_code, count(*) n from present p where p.id in (
                    select c.talent_id from talent_category c where c.team = '%s')
                  group by 1)
                """.formatted(team) + PresentTalents.BY_PREFIX;
    }

    @Bean
    IndicatorSource protectionTeam(PresentTalents talents, IndicatorRegions regions) {
        return new PersonCount("registry.team.PROTECTION", team("PROTECTION"), talents, regions);
    }

    @Bean
    IndicatorSource applicationTeam(PresentTalents talents, IndicatorRegions regions) {
        return new PersonCount("registry.team.APPLICATION", team("APPLICATION"), talents, regions);
    }

    @Bean
    IndicatorSource publicServiceTeam(PresentTalents talents, IndicatorRegions regions) {
        return new PersonCount("registry.team.PUBLIC_SERVICE", team("PUBLIC_SERVICE"), talents, regions);
    }

    @Bean
    IndicatorSource internationalTeam(PresentTalents talents, IndicatorRegions regions) {
        return new PersonCount("registry.team.INTERNATIONAL", team("INTERNATIONAL"), talents, regions);
    }

    @Bean
    IndicatorSource basicTeam(PresentTalents talents, IndicatorRegions regions) {
        return new PersonCount("registry.team.BASIC", team("BASIC"), talents, regions);
    }

    /** {@code registry.talents}: the talents registered by the end of the day and not left by then. */
    @Bean
    IndicatorSource registryTalents(PresentTalents talents, IndicatorRegions regions) {
        return new PersonCount("registry.talents", PresentTalents.COUNT, talents, regions);
    }

    @Bean
    IndicatorSource licensedPatentAgents(PresentTalents talents, IndicatorRegions regions) {
        return new PersonCount("registry.licensed-patent-agents", PATENT_AGENTS, talents, regions);
    }

    @Bean
    IndicatorSource informationServiceStaff(PresentTalents talents, IndicatorRegions regions) {
        return new PersonCount("registry.information-service-staff", INFORMATION_SERVICE, talents, regions);
    }
}
