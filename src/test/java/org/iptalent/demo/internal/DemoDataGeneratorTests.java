package org.iptalent.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.iptalent.platform.EmbeddedDatabase;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo orchestrator runs the modules' contributors in their order, each once per database, and only on
 * the embedded database unless forced.
 */
@PlatformTest
class DemoDataGeneratorTests {

    private static final DemoProperties ENABLED = new DemoProperties(true, false, "Demo#IPTalent2026", 7);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<DemoDataContributor> contributors;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> calls = new ArrayList<>();

    @AfterEach
    void forgetTheTestContributors() {
        jdbc.update("delete from demo_data_run where contributor like ?", "test-" + run + "-%");
    }

    @Test
    void theModulesContributeThroughThePlatformAccountsFirst() {
        assertThat(contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order))
                .map(DemoDataContributor::name)).containsExactly("accounts", "registry", "registry-moves", "training-bases",
                "expert-pool", "think-tanks", "expert-committees", "expert-admission", "training-classes", "training-rotation", "training-surveys", "planning-plans", "planning-tasks",
                "planning-targets", "talent-programmes", "education", "employers-demand",
                "exchange-pairings");
    }

    @Test
    void runsEachContributorOnceInItsOrder() {
        DemoDataContributor later = contributor("later", 10);
        DemoDataContributor first = contributor("first", 0);
        generator(List.of(later, first), ENABLED, true).run(null);
        assertThat(calls).containsExactly("first", "later");

        calls.clear();
        DemoDataContributor added = contributor("added", 5);
        generator(List.of(later, added, first), ENABLED, true).run(null);
        assertThat(calls).as("a module added later fills an existing demo database, the others do not run again")
                .containsExactly("added");
    }

    @Test
    void neverOnAnExternalDatabaseUnlessForced() {
        DemoDataContributor only = contributor("only", 0);
        generator(List.of(only), ENABLED, false).run(null);
        generator(List.of(only), new DemoProperties(false, true, "Demo#IPTalent2026", 7), true).run(null);
        assertThat(calls).isEmpty();

        generator(List.of(only), new DemoProperties(true, true, "Demo#IPTalent2026", 7), false).run(null);
        assertThat(calls).containsExactly("only");
    }

    private DemoDataGenerator generator(List<DemoDataContributor> contributors, DemoProperties properties,
            boolean embedded) {
        EmbeddedDatabase database = mock(EmbeddedDatabase.class);
        when(database.isActive()).thenReturn(embedded);
        return new DemoDataGenerator(contributors, properties, database, jdbc);
    }

    private DemoDataContributor contributor(String name, int order) {
        return new DemoDataContributor() {
            @Override
            public String name() {
                return "test-" + run + "-" + name;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public void contribute(DemoProperties demo) {
                assertThat(demo.seed()).isEqualTo(7);
                calls.add(name);
            }
        };
    }
}
