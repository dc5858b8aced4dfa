package org.iptalent.support;

import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.training.enrollment.AttendanceBook;
import org.iptalent.training.enrollment.ClassCompletion;
import org.iptalent.training.enrollment.Enrolling;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.program.ProgramCatalogue;
import org.iptalent.training.survey.ClosedClasses;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.JdbcTemplate;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    TestAccounts testAccounts(org.iptalent.identity.UserManagement users) {
        return new TestAccounts(users);
    }

    /**
     * Classes run to their close, for the training tests: a new fixture (with its own national administrator and
     * program) wherever one is injected or asked of an {@code ObjectProvider}, as each test used to build its own.
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    ClosedClasses closedClasses(TestAccounts accounts, OrganisationRecords organisations, TalentRecords talents,
            TalentAccounts talentAccounts, ProgramCatalogue programs, ClassPlanning planning, Enrolling enrolling,
            AttendanceBook attendance, ClassCompletion completion, JdbcTemplate jdbc) {
        return new ClosedClasses(accounts, organisations, talents, talentAccounts, programs, planning, enrolling,
                attendance, completion, jdbc);
    }
}
