package org.iptalent.training.rotation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.training.nomination.Nominating;
import org.iptalent.training.nomination.NominationBoard;
import org.iptalent.training.nomination.NominationView;
import org.iptalent.training.rotation.Coverage;
import org.iptalent.training.rotation.RotationCampaigning;
import org.iptalent.training.rotation.RotationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's rotation campaigns show partial coverage (some trained, some in progress, some not yet), and its
 * nominated class has quotas and nominations at several steps, as the services read them.
 */
@PlatformTest
class RotationDemoDataTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    RotationDemoData demo;
    @Autowired
    RotationCampaigning campaigning;
    @Autowired
    Nominating nominating;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void campaignsCoverPartlyAndTheNominatedClassHasEveryStep() {
        RotationFixtures fixtures = new RotationFixtures(context);
        UserSummary national = accounts.active("demo.rot", Role.NATIONAL_ADMIN, null);
        String marker = "演" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 20; i++) {
            fixtures.talent(national, "粤裁" + i, i % 2 == 0 ? "440100" : "440300", "PROT_ADMIN_ADJUDICATION",
                    marker + "裁决员");
        }
        for (int i = 0; i < 6; i++) {
            fixtures.talent(national, "苏代" + i, "320100", "APP_PATENT_AGENT", marker + "代理师");
            fixtures.talent(national, "京运" + i, "110000", "APP_OPERATION", marker + "运营");
        }
        fixtures.base(national, "广东演示基地", "LOCAL", "440100");
        fixtures.base(national, "江苏演示基地", "LOCAL", "320100");
        fixtures.base(national, "国家演示基地", "NATIONAL", "110000");
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from rotation_campaign", Long.class);

        demo.contribute(new DemoProperties(true, false, "unused", 20261124));

        List<Long> campaigns = jdbc.queryForList("select id from rotation_campaign where id > ? order by id",
                Long.class, before);
        assertThat(campaigns).hasSize(2);
        Coverage guangdong = TestAccounts.as(national, () -> campaigning.coverage(campaigns.get(0)));
        assertThat(guangdong.total().members()).isGreaterThanOrEqualTo(20);
        assertThat(guangdong.total().trained()).isPositive();
        assertThat(guangdong.total().inProgress()).isPositive();
        assertThat(guangdong.total().notYet()).isPositive();
        assertThat(guangdong.total().trainedPercent()).isBetween(40.0, 75.0);
        assertThat(guangdong.regions()).extracting(c -> c.regionCode()).contains("440100", "440300");
        Coverage jiangsu = TestAccounts.as(national, () -> campaigning.coverage(campaigns.get(1)));
        assertThat(jiangsu.total().trained()).isZero();
        assertThat(jiangsu.total().inProgress()).isPositive();
        assertThat(jdbc.queryForList("select distinct source from enrollment e join rotation_class r "
                + "on r.class_id = e.class_id where r.campaign_id in (?, ?)", String.class, campaigns.get(0),
                campaigns.get(1))).containsExactly("ROTATION");

        long nominated = jdbc.queryForObject("select max(id) from training_class where filling = 'NOMINATION'",
                Long.class);
        NominationBoard board = TestAccounts.as(national, () -> nominating.board(nominated));
        assertThat(board.provinces()).hasSize(10);
        assertThat(board.nominations()).extracting(NominationView::provinceCode).contains("110000");
        assertThat(board.nominations()).filteredOn(n -> n.provinceCode().equals("110000"))
                .extracting(n -> n.status().name()).containsOnly("SELECTED");
        assertThat(board.provinces().stream().allMatch(p -> p.holding() <= p.quota())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where detail_key = 'audit.detail.demoRotation'",
                Integer.class)).isPositive();
    }
}
