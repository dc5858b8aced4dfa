package org.iptalent.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The search indexer's mapping marker and Hibernate Search's index are one directory: both read
 * {@code iptalent.search.index-directory}, with the same default.
 */
class SearchPropertiesTests {

    @Test
    void theIndexerAndHibernateSearchShareTheDefaultDirectory() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        SearchProperties search = Binder.get(environment).bindOrCreate("iptalent.search", SearchProperties.class);
        assertThat(search.indexDirectory().toAbsolutePath().normalize())
                .isEqualTo(Path.of("data", "index").toAbsolutePath())
                .isEqualTo(Path.of(environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.root"))
                        .toAbsolutePath().normalize());
    }
}
