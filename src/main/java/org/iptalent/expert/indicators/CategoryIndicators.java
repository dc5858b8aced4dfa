package org.iptalent.expert.indicators;

import org.iptalent.planning.IndicatorRegions;
import org.iptalent.planning.IndicatorSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** One indicator source per category of the plan's refined classification ({@link CategoryExperts#CATEGORIES}). */
@Configuration(proxyBeanMethods = false)
class CategoryIndicators {

    @Bean
    IndicatorSource geographicalIndicationExperts(JdbcTemplate jdbc, IndicatorRegions regions) {
        return new CategoryExperts(jdbc, regions, "GEOGRAPHICAL_INDICATION");
    }

    @Bean
    IndicatorSource tradeSecretExperts(JdbcTemplate jdbc, IndicatorRegions regions) {
        return new CategoryExperts(jdbc, regions, "TRADE_SECRET");
    }

    @Bean
    IndicatorSource traditionalKnowledgeExperts(JdbcTemplate jdbc, IndicatorRegions regions) {
        return new CategoryExperts(jdbc, regions, "TRADITIONAL_KNOWLEDGE");
    }

    @Bean
    IndicatorSource traditionalCultureExperts(JdbcTemplate jdbc, IndicatorRegions regions) {
        return new CategoryExperts(jdbc, regions, "TRADITIONAL_CULTURE");
    }

    @Bean
    IndicatorSource technicalFieldExperts(JdbcTemplate jdbc, IndicatorRegions regions) {
        return new CategoryExperts(jdbc, regions, "TECHNICAL_FIELD");
    }
}
