package org.iptalent.training.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.iptalent.identity.UserSummary;
import org.iptalent.identity.internal.ApiTokens;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.Http;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.rotation.RotationFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A nominated class from quotas to enrolment: the national office's quotas, provinces nominating their own talents
 * within them (and withdrawing), the national office's selection and decline, and enrolment of the selected with
 * the class's places and waiting list; every refusal the issue names, and every step in the audit log.
 */
@PlatformTest
class NominationFlowTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Nominating nominating;
    @Autowired
    ClassPlanning planning;
    @Autowired
    TalentAccounts talentAccounts;
    @Autowired
    JdbcTemplate jdbc;

    RotationFixtures fixtures;
    UserSummary national;
    UserSummary guangdong;
    UserSummary jiangsu;
    long[] cantonese = new long[3];
    long nanjing;
    long classId;
    long level;
    long baseId;
    UserSummary nominee;

    @BeforeEach
    void setUp() {
        fixtures = new RotationFixtures(context);
        national = accounts.active("nom.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("nom.gd", Role.PROVINCIAL_ADMIN, "440000");
        jiangsu = accounts.active("nom.js", Role.PROVINCIAL_ADMIN, "320000");
        String marker = "选" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 3; i++) {
            cantonese[i] = fixtures.talent(national, "粤" + i + "号", "440100", "APP_OPERATION", marker + "运营经理");
        }
        nanjing = fixtures.talent(national, "苏一号", "320100", "APP_OPERATION", marker + "运营经理");
        nominee = accounts.active("nom.talent", Role.TALENT, "440100");
        String username = nominee.username();
        TestAccounts.as(national, () -> {
            talentAccounts.link(cantonese[0], username);
            return null;
        });
        level = fixtures.level("高端运营人才");
        baseId = fixtures.base(national, "国家知识产权培训基地", "NATIONAL", "110000");
        LocalDate today = LocalDate.now();
        classId = fixtures.newClass(national, level, baseId, "赴世界知识产权组织研修班", Filling.NOMINATION, 2,
                today.plusDays(30), today.plusDays(40));
    }

    void quotas(Map<String, Integer> quotas) {
        TestAccounts.as(national, () -> {
            nominating.setQuotas(classId, quotas);
            return null;
        });
    }

    NominationView nominate(UserSummary who, long talent) {
        return TestAccounts.as(who, () -> nominating.nominate(classId, talent, "业务骨干，外语熟练"));
    }

    @Test
    void provincesNominateWithinTheirQuotaAndTheNationalOfficeSelectsAndEnrols() {
        quotas(new LinkedHashMap<>(Map.of("440000", 2, "320000", 1)));
        NominationView first = nominate(guangdong, cantonese[0]);
        NominationView second = nominate(guangdong, cantonese[1]);
        assertThat(first.status()).isEqualTo(Nomination.Status.NOMINATED);
        assertThat(first.provinceCode()).isEqualTo("440000");
        assertThatThrownBy(() -> nominate(guangdong, cantonese[2])).isInstanceOf(BusinessRuleException.class)
                .hasMessage("nomination.overQuota");
        // withdrawing frees the place; a withdrawn talent may be nominated again later
        TestAccounts.as(guangdong, () -> {
            nominating.withdraw(second.id());
            return null;
        });
        NominationView third = nominate(guangdong, cantonese[2]);
        NominationView suzhou = nominate(jiangsu, nanjing);

        // a province sees its own nominations; the national office every province's
        NominationBoard own = TestAccounts.as(guangdong, () -> nominating.board(classId));
        assertThat(own.national()).isFalse();
        assertThat(own.nominations()).extracting(NominationView::provinceCode).containsOnly("440000");
        assertThat(own.provinces()).singleElement().satisfies(p -> {
            assertThat(p.quota()).isEqualTo(2);
            assertThat(p.holding()).isEqualTo(2);
            assertThat(p.withdrawn()).isEqualTo(1);
        });
        NominationBoard all = TestAccounts.as(national, () -> nominating.board(classId));
        assertThat(all.provinces()).extracting(ProvinceQuota::provinceCode).containsExactly("320000", "440000");
        assertThat(all.nominations()).hasSize(4);

        assertThatThrownBy(() -> TestAccounts.as(national, () -> {
            nominating.decline(third.id(), " ");
            return null;
        })).hasMessage("nomination.reasonRequired");
        TestAccounts.as(national, () -> {
            nominating.select(first.id());
            nominating.select(third.id());
            nominating.select(suzhou.id());
            return null;
        });
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> {
            nominating.withdraw(first.id());
            return null;
        })).hasMessage("nomination.decidedAlready");
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? "
                + "and message_key = 'notice.nomination.selected'", Integer.class, nominee.id())).isEqualTo(1);

        // two places: the third selected waits, and is told
        EnrolmentOutcome outcome = TestAccounts.as(national, () -> nominating.enrolSelected(classId));
        assertThat(outcome).isEqualTo(new EnrolmentOutcome(2, 1, 0));
        assertThat(jdbc.queryForList("select status from enrollment where class_id = ? and source = 'NOMINATION' "
                + "order by queued_at", String.class, classId)).containsExactly("ENROLLED", "ENROLLED", "WAITLISTED");
        assertThat(TestAccounts.as(national, () -> nominating.board(classId)).nominations())
                .filteredOn(n -> n.status() == Nomination.Status.ENROLLED).hasSize(3)
                .allSatisfy(n -> assertThat(n.enrollmentId()).isNotNull());
        assertThatThrownBy(() -> TestAccounts.as(national, () -> nominating.enrolSelected(classId)))
                .hasMessage("nomination.noneSelected");

        // every step recorded
        Integer steps = jdbc.queryForObject("select count(*) from audit_entry where detail_key like 'audit.nomination.%' "
                + "and ((entity_type in ('TrainingClass', 'Enrollment') and entity_id = ?) or (entity_type = 'Nomination' "
                + "and entity_id in (select id::text from nomination where class_id = ?)))",
                Integer.class, String.valueOf(classId), classId);
        // two quotas, four nominations, a withdrawal, three selections, the enrolment
        assertThat(steps).isEqualTo(2 + 4 + 1 + 3 + 1);
    }

    @Test
    void eachRefusalTheIssueNamesIsClear() {
        quotas(Map.of("440000", 1));
        // a talent outside the province, whether it exists or not
        assertThatThrownBy(() -> nominate(guangdong, nanjing)).hasMessage("nomination.talentOutsideProvince");
        assertThatThrownBy(() -> nominate(guangdong, Long.MAX_VALUE)).hasMessage("nomination.talentOutsideProvince");
        // no quota for the province
        assertThatThrownBy(() -> nominate(jiangsu, nanjing)).hasMessage("nomination.noQuota");
        // nominated twice
        nominate(guangdong, cantonese[0]);
        assertThatThrownBy(() -> nominate(guangdong, cantonese[0])).isInstanceOf(ConflictException.class)
                .hasMessage("nomination.duplicate");
        // a quota below what the province holds
        assertThatThrownBy(() -> quotas(Map.of("440000", 0))).isInstanceOf(InvalidInputException.class)
                .hasMessage("nomination.quotaBelowHeld");
        assertThatThrownBy(() -> quotas(Map.of("440100", 3))).isInstanceOf(InvalidInputException.class)
                .hasMessage("field.unknownCode");
        // only the national office sets quotas and decides; only provinces nominate
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> {
            nominating.setQuotas(classId, Map.of("440000", 5));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> nominate(national, cantonese[1])).isInstanceOf(AccessDeniedException.class);
        // another province's nomination is not found to withdraw
        long id = TestAccounts.as(guangdong, () -> nominating.board(classId)).nominations().get(0).id();
        assertThatThrownBy(() -> TestAccounts.as(jiangsu, () -> {
            nominating.withdraw(id);
            return null;
        })).isInstanceOf(RecordNotFoundException.class);
        // a class that is not a nominated class
        long rotation = fixtures.newClass(national, level, baseId, "轮训班", Filling.ROTATION, 5,
                LocalDate.now().plusDays(5), LocalDate.now().plusDays(6));
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> nominating.nominate(rotation, cantonese[1], "骨干")))
                .hasMessage("nomination.notNominatedClass");
        assertThatThrownBy(() -> TestAccounts.as(national, () -> nominating.board(rotation)))
                .hasMessage("nomination.notNominatedClass");
        // selection after the class closed (here: cancelled)
        TestAccounts.as(national, () -> {
            planning.cancel(classId);
            return null;
        });
        assertThatThrownBy(() -> TestAccounts.as(national, () -> {
            nominating.select(id);
            return null;
        })).hasMessage("nomination.classNotOpen");
        assertThat(jdbc.queryForObject("select status from nomination where id = ?", String.class, id))
                .isEqualTo("NOMINATED");
    }

    @Test
    void theApiListsAndTakesNominationsInTheRequestsLanguage() {
        quotas(Map.of("440000", 1));
        Http http = new Http(port);
        String gd = "Bearer " + tokens.issue(guangdong.id(), "nom").token();
        Http.Response created = http.postJson("/api/v1/classes/" + classId + "/nominations",
                Map.of("talentId", cantonese[1], "reason", "专利运营骨干"), "Authorization", gd);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("NOMINATED");
        Http.Response again = http.postJson("/api/v1/classes/" + classId + "/nominations",
                Map.of("talentId", cantonese[1], "reason", "再次"), "Authorization", gd, "Accept-Language", "en");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("nominated to this class already");
        Http.Response over = http.postJson("/api/v1/classes/" + classId + "/nominations",
                Map.of("talentId", cantonese[2], "reason", "骨干"), "Authorization", gd);
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.body()).contains("名额 1 人已用完");

        JsonNode board = http.get("/api/v1/classes/" + classId + "/nominations", "Authorization", gd).json();
        assertThat(board.get("nominations").size()).isEqualTo(1);
        assertThat(board.get("provinces").get(0).get("quota").asInt()).isEqualTo(1);
        String js = "Bearer " + tokens.issue(jiangsu.id(), "nom").token();
        assertThat(http.get("/api/v1/classes/" + classId + "/nominations", "Authorization", js).json()
                .get("nominations").size()).isZero();
        UserSummary talent = accounts.active("nom.t2", Role.TALENT, "440100");
        String tk = "Bearer " + tokens.issue(talent.id(), "nom").token();
        assertThat(http.get("/api/v1/classes/" + classId + "/nominations", "Authorization", tk).status())
                .isEqualTo(403);
    }
}
