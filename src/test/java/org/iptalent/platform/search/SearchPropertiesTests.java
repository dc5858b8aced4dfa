package org.iptalent.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

class SearchPropertiesTests {

    /**
     * The search indexer's mapping marker and Hibernate Search's index are one directory: both read
     * {@code iptalent.search.index-directory}, with the same default.
     */
    @Test
    void theIndexerAndHibernateSearchShareTheDefaultDirectory() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        SearchProperties search = bind(environment);
        assertThat(search.indexDirectory().toAbsolutePath().normalize())
                .isEqualTo(Path.of("data", "index").toAbsolutePath())
                .isEqualTo(Path.of(environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.root"))
                        .toAbsolutePath().normalize());
    }

    @Test
    void searchesRunOnePerCoreAndWaitTenSecondsUnlessTheOperatorSaysOtherwise() throws IOException {
        StandardEnvironment defaults = new StandardEnvironment();
        defaults.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        assertThat(bind(defaults).concurrency()).isZero();
        assertThat(bind(defaults).maxWait()).isEqualTo(Duration.ofSeconds(10));

        StandardEnvironment configured = new StandardEnvironment();
        configured.getPropertySources().addFirst(new MapPropertySource("operator",
                Map.of("iptalent.search.concurrency", "3", "iptalent.search.max-wait", "2s")));
        SearchGate gate = new SearchGate(bind(configured));
        assertThat(gate.concurrency()).isEqualTo(3);
        assertThat(bind(configured).maxWait()).isEqualTo(Duration.ofSeconds(2));
    }

    private static SearchProperties bind(StandardEnvironment environment) {
        return Binder.get(environment).bindOrCreate("iptalent.search", SearchProperties.class);
    }
}
