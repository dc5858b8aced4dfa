package org.iptalent.demo.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.iptalent.platform.EmbeddedDatabase;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the contributors that have not run on this database yet. Demo data never lands in a
 * production database: on an external datasource it refuses unless {@code iptalent.demo.force=true}.
 */
@Component
@Order(10)
class DemoDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

    private final List<DemoDataContributor> contributors;
    private final DemoProperties properties;
    private final EmbeddedDatabase database;
    private final JdbcTemplate jdbc;

    DemoDataGenerator(List<DemoDataContributor> contributors, DemoProperties properties, EmbeddedDatabase database,
            JdbcTemplate jdbc) {
        this.contributors = contributors;
        this.properties = properties;
        this.database = database;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        if (!database.isActive() && !properties.force()) {
            log.info("Demo data not generated: the platform runs on an external database "
                    + "(set iptalent.demo.force=true to generate it anyway, never in production)");
            return;
        }
        generate();
    }

    /** Runs every contributor that has not run yet on this database. */
    void generate() {
        for (DemoDataContributor contributor : contributors.stream()
                .sorted(Comparator.comparingInt(DemoDataContributor::order)).toList()) {
            Integer done = jdbc.queryForObject("select count(*) from demo_data_run where contributor = ?",
                    Integer.class, contributor.name());
            if (done != null && done > 0) {
                continue;
            }
            long start = System.nanoTime();
            contributor.contribute(properties);
            jdbc.update("insert into demo_data_run (contributor, completed_at) values (?, ?)", contributor.name(),
                    Timestamp.from(Instant.now()));
            log.info("Demo data '{}' generated in {} ms", contributor.name(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
