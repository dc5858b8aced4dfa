package org.iptalent.demand.indicators;

import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.IndicatorSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demand's indicator sources: every team's and each of the plan's five teams' (the same teams the registry's
 * {@code registry.team.<TEAM>} supply counts), so that demand and supply have histories of the same shape.
 */
@Configuration(proxyBeanMethods = false)
class DemandIndicators {

    @Bean
    IndicatorSource demandStaff(JdbcTemplate jdbc, IndicatorRegions regions) {
        return ReportedDemand.staff(jdbc, regions);
    }

    @Bean
    IndicatorSource protectionDemand(JdbcTemplate jdbc, IndicatorRegions regions) {
        return ReportedDemand.team(jdbc, regions, "PROTECTION");
    }

    @Bean
    IndicatorSource applicationDemand(JdbcTemplate jdbc, IndicatorRegions regions) {
        return ReportedDemand.team(jdbc, regions, "APPLICATION");
    }

    @Bean
    IndicatorSource publicServiceDemand(JdbcTemplate jdbc, IndicatorRegions regions) {
        return ReportedDemand.team(jdbc, regions, "PUBLIC_SERVICE");
    }

    @Bean
    IndicatorSource internationalDemand(JdbcTemplate jdbc, IndicatorRegions regions) {
        return ReportedDemand.team(jdbc, regions, "INTERNATIONAL");
    }

    @Bean
    IndicatorSource basicDemand(JdbcTemplate jdbc, IndicatorRegions regions) {
        return ReportedDemand.team(jdbc, regions, "BASIC");
    }
}
