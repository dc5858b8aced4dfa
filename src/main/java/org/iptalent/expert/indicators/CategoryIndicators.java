package org.iptalent.expert.indicators;

import org.iptalent.planning.IndicatorSource;
import org.iptalent.reference.ReferenceData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** One indicator source per category of the plan's refined classification ({@link CategoryExperts#CATEGORIES}). */
@Configuration(proxyBeanMethods = false)
class CategoryIndicators {

    @Bean
    IndicatorSource geographicalIndicationExperts(JdbcTemplate jdbc, ReferenceData reference) {
        return new CategoryExperts(jdbc, reference, "GEOGRAPHICAL_INDICATION");
    }

    @Bean
    IndicatorSource tradeSecretExperts(JdbcTemplate jdbc, ReferenceData reference) {
        return new CategoryExperts(jdbc, reference, "TRADE_SECRET");
    }

    @Bean
    IndicatorSource traditionalKnowledgeExperts(JdbcTemplate jdbc, ReferenceData reference) {
        return new CategoryExperts(jdbc, reference, "TRADITIONAL_KNOWLEDGE");
    }

    @Bean
    IndicatorSource traditionalCultureExperts(JdbcTemplate jdbc, ReferenceData reference) {
        return new CategoryExperts(jdbc, reference, "TRADITIONAL_CULTURE");
    }

    @Bean
    IndicatorSource technicalFieldExperts(JdbcTemplate jdbc, ReferenceData reference) {
        return new CategoryExperts(jdbc, reference, "TECHNICAL_FIELD");
    }
}
