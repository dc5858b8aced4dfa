package org.iptalent.expert.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's national advisory committee over whatever pool the shared test database holds: members serving (one
 * chair) and two in the history, and one new consultation in each state, each sent one to every serving member.
 */
@PlatformTest
class CommitteeDemoDataTests {

    @Autowired
    CommitteeDemoData demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    org.iptalent.support.TestAccounts accounts;

    @Test
    void theNationalCommitteeHasMembersAndAConsultationInEachState() {
        var pool = new org.iptalent.expert.web.ExpertPool(context, accounts.active("committee.demo",
                org.iptalent.shared.Role.NATIONAL_ADMIN, null));
        String category = pool.category("演示委员会", "Demo committee");
        var employer = pool.organisation("演示研究院", "110000");
        for (String region : List.of("110000", "310000", "440100", "320500", "510100", "420100")) {
            pool.expert("演示委员" + region, region, employer, category);
        }
        long national = jdbc.queryForObject("select id from advisory_committee where level = 'NATIONAL' order by id "
                + "limit 1", Long.class);
        long firstConsultation = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from consultation", Long.class);
        long before = jdbc.queryForObject("select count(*) from advisory_committee_member where committee_id = ?",
                Long.class, national);

        demo.contribute(new DemoProperties(true, false, "Demo#IPTalent2026", 7));

        long added = jdbc.queryForObject("select count(*) from advisory_committee_member where committee_id = ?",
                Long.class, national) - before;
        long left = jdbc.queryForObject("select count(*) from advisory_committee_member where committee_id = ? "
                + "and left_on is not null and left_reason is not null", Long.class, national);
        assertThat(added).isGreaterThanOrEqualTo(3).isLessThanOrEqualTo(CommitteeDemoData.MEMBERS + 2);
        assertThat(left).isGreaterThanOrEqualTo(2);
        List<String> states = jdbc.queryForList("select state from consultation where id >= ? and committee_id = ? "
                + "order by id", String.class, firstConsultation, national);
        assertThat(states).containsExactly("ARCHIVED", "CLOSED", "OPEN", "DRAFT");
        assertThat(jdbc.queryForObject("select count(*) from consultation where id >= ? and state = 'ARCHIVED' "
                + "and summary is not null", Long.class, firstConsultation)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from consultation_opinion o join consultation c on "
                + "c.id = o.consultation_id where c.id >= ? and c.state = 'OPEN' and o.answered_at > now()",
                Long.class, firstConsultation)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from consultation_opinion where consultation_id = ?",
                Long.class, firstConsultation)).isEqualTo(added - 2);
    }
}
