package org.iptalent.expert.search;

import java.util.Map;

import org.hibernate.search.mapper.orm.cfg.HibernateOrmMapperSettings;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.iptalent.expert.pool.Expert;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Maps experts to the index {@code expert} programmatically, so that the entity carries no search annotations and
 * the mapping lives with the search: one binder writes the whole document ({@link ExpertDocument}).
 */
@Component
class ExpertSearchMapping implements HibernateOrmSearchMappingConfigurer, HibernatePropertiesCustomizer {

    static final String INDEX = "expert";

    private final CategoryTree tree;

    ExpertSearchMapping(CategoryTree tree) {
        this.tree = tree;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put(HibernateOrmMapperSettings.MAPPING_CONFIGURER, this);
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var expert = context.programmaticMapping().type(Expert.class);
        expert.indexed().index(INDEX);
        expert.binder(new ExpertDocument(tree));
    }
}
