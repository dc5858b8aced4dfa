package org.iptalent.expert.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.expert.web.ExpertPool;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's admission queue, made through the services: applications waiting, passed and refused at the first
 * review, and the re-reviewed ones in one open public notice.
 */
@PlatformTest
class AdmissionDemoDataTests {

    @Autowired
    AdmissionDemoData demo;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void applicationsInEveryStageAndAnOpenNotice() {
        UserSummary national = accounts.active("admission.demo", Role.NATIONAL_ADMIN, null);
        ExpertPool pool = new ExpertPool(context, national);
        OrganisationView employer = pool.organisation("演示入库单位", "330100");
        List<Long> talents = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            talents.add(pool.talent("演示申请人" + i, "330100", employer).id());
        }

        int inNotice = demo.fill(new DemoProperties(true, false, "Demo#IPTalent2026", 7), national.username(),
                talents);

        assertThat(inNotice).isEqualTo(4);
        List<String> states = jdbc.queryForList("select state from expert_application where talent_id = any(?) "
                + "order by id", String.class, (Object) talents.toArray(Long[]::new));
        assertThat(states).containsExactly("SUBMITTED", "SUBMITTED", "FIRST_REVIEW_PASSED", "REJECTED",
                "IN_NOTICE", "IN_NOTICE", "SUBMITTED", "SUBMITTED", "FIRST_REVIEW_PASSED", "REJECTED", "IN_NOTICE",
                "IN_NOTICE");
        assertThat(jdbc.queryForObject("select count(distinct notice_id) from expert_application "
                + "where talent_id = any(?) and notice_id is not null", Long.class,
                (Object) talents.toArray(Long[]::new))).isEqualTo(1);
    }
}
