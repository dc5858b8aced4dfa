package org.iptalent.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.registry.TalentHits.Facet;
import org.iptalent.registry.TalentHits.FacetCount;
import org.iptalent.registry.internal.Talent;
import org.iptalent.registry.internal.TalentRecords;
import org.iptalent.registry.internal.search.TalentSearch;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

@PlatformTest
class TalentRecordsTests {

    @Autowired
    TalentRecords records;
    @Autowired
    TalentSearch search;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.iptalent.registry.internal.TalentMerge merge;

    UserSummary national;
    UserSummary guangdong;

    @BeforeEach
    void users() {
        national = accounts.active("national", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("gd.admin", Role.PROVINCIAL_ADMIN, "440000");
    }

    static TalentInput talent(String name, String identity, String region, String employerCode, String position,
            String... categories) {
        return new TalentInput(name, null, null, identity, "13812345678", "someone@example.cn", "MASTER",
                "LAW", "知识产权法", null, employerCode, region, "72", List.of(categories), position, "英语", null, null);
    }

    private OrganisationView organisation(String name, String region) {
        return TestAccounts.as(national, () -> organisations.create(new OrganisationInput(name, "PATENT_AGENCY",
                TestIdentities.creditCode(), region, "72")));
    }

    @Test
    void identityNumbersAreEncryptedUniqueAndShownMasked() {
        String id = TestIdentities.identity("110105", true);
        TalentView created = TestAccounts.as(national, () -> records.create(
                talent("王建国", id, "110000", null, "主任", "APP_ENTERPRISE_MANAGER"), Talent.Source.MANUAL));
        assertThat(created.identityNumberMasked()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(created.mobileMasked()).isEqualTo("138****5678");
        assertThat(created.gender()).isEqualTo(Gender.MALE);
        var stored = jdbc.queryForMap("select identity_cipher, mobile_cipher from talent where id = ?", created.id());
        assertThat(stored.values()).allSatisfy(v -> assertThat((String) v).startsWith("v1:").doesNotContain(id,
                "13812345678"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Talent' and entity_id = ?"
                + " and changes like ?", Long.class, String.valueOf(created.id()), "%" + id + "%")).isZero();

        assertThatThrownBy(() -> TestAccounts.as(national, () -> records.create(
                talent("王建国", id, "110000", null, "主任", "APP_ENTERPRISE_MANAGER"), Talent.Source.MANUAL)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).contains("talent.identity.taken"));
    }

    @Test
    void everyProblemOfAnInputIsReportedTogether() {
        TalentInput bad = new TalentInput("", "MALE", "1990-13-01", "110105199001011233", "12345", "not-mail",
                "PHD", null, null, null, "91350100M000100Y44", "999900", "ZZ", List.of("NO_SUCH"), null, null, null,
                "ASLEEP");
        assertThatThrownBy(() -> TestAccounts.as(national, () -> records.create(bad, Talent.Source.MANUAL)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("name", "identityNumber", "birthDate", "mobile", "email", "education",
                                "employerCreditCode", "regionCode", "industryCode", "categories", "status"));
    }

    @Test
    void aStaleEditIsRefusedAndUpsertsAreIdempotent() {
        String id = TestIdentities.identity("440304", false);
        TalentInput input = talent("李娜", id, "440300", null, "专利工程师", "APP_PATENT_AGENT");
        var first = TestAccounts.as(guangdong, () -> records.upsertByIdentity(input, Talent.Source.API));
        assertThat(first.created()).isTrue();
        var again = TestAccounts.as(guangdong, () -> records.upsertByIdentity(input, Talent.Source.API));
        assertThat(again.created()).isFalse();
        assertThat(again.changed()).isFalse();
        assertThat(again.talent().version()).isEqualTo(first.talent().version());

        long version = first.talent().version();
        TestAccounts.as(guangdong, () -> records.update(first.talent().id(), version,
                talent("李娜", id, "440300", null, "高级专利工程师", "APP_PATENT_AGENT"), Talent.Source.MANUAL));
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> records.update(first.talent().id(), version,
                talent("李娜", id, "440300", null, "部长", "APP_PATENT_AGENT"), Talent.Source.MANUAL)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(TestAccounts.as(guangdong, () -> records.get(first.talent().id())).position()).isEqualTo("高级专利工程师");
    }

    @Test
    void aChangeOfEmployerOrRegionIsKeptAsAFlow() {
        var firm = organisation("深圳市知识产权运营有限公司" + System.nanoTime(), "440300");
        String id = TestIdentities.identity("440304", true);
        var talent = TestAccounts.as(guangdong, () -> records.create(talent("陈刚", id, "440300", null, "顾问",
                "APP_OPERATION"), Talent.Source.MANUAL));
        TestAccounts.as(guangdong, () -> records.update(talent.id(), talent.version(),
                talent("陈刚", id, "440100", firm.creditCode(), "顾问", "APP_OPERATION"), Talent.Source.MANUAL));
        // a flow records the move; joining is a fact of the talent row, not a flow
        var flows = jdbc.queryForList("select from_region_code, to_region_code, to_employer_id from talent_flow "
                + "where talent_id = ? order by id", talent.id());
        assertThat(flows).hasSize(1);
        assertThat(flows.get(0)).containsEntry("from_region_code", "440300").containsEntry("to_region_code", "440100")
                .containsEntry("to_employer_id", firm.id());
        // the profile shows both
        assertThat(TestAccounts.as(guangdong, () -> records.flows(talent.id())))
                .extracting(TalentRecords.Flow::fromRegionCode, TalentRecords.Flow::toRegionCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "440300"),
                        org.assertj.core.groups.Tuple.tuple("440300", "440100"));
    }

    @Test
    void chineseSearchFindsWordsInsideLongerWordsAndNamePrefixes() {
        var agency = organisation("北京华夏恒信专利代理事务所", "110000");
        String suffix = Long.toString(System.nanoTime(), 36);
        var agent = TestAccounts.as(national, () -> records.create(talent("赵敏" + suffix,
                TestIdentities.identity("110105", false), "110000", null, "专利代理师", "APP_PATENT_AGENT"),
                Talent.Source.MANUAL));
        var clerk = TestAccounts.as(national, () -> records.create(talent("孙磊" + suffix,
                TestIdentities.identity("110105", true), "110000", agency.creditCode(), "行政主管",
                "APP_SERVICE_INDUSTRY"), Talent.Source.MANUAL));

        var hits = TestAccounts.as(national, () -> search.search(TalentCriteria.text("专利代理"), 0, 200));
        assertThat(hits.rows()).extracting(TalentHits.TalentRow::id).contains(agent.id(), clerk.id());
        var beijing = TestAccounts.as(national, () -> search.search(TalentCriteria.text("北京 " + suffix), 0, 20));
        assertThat(beijing.rows()).extracting(TalentHits.TalentRow::id).containsExactly(clerk.id());
        assertThat(beijing.exact()).isTrue();
        // a surname alone, and a given name's two characters, find the person
        assertThat(TestAccounts.as(national, () -> search.search(TalentCriteria.text("孙 " + suffix), 0, 20)).rows())
                .extracting(TalentHits.TalentRow::id).containsExactly(clerk.id());
        assertThat(TestAccounts.as(national, () -> search.search(TalentCriteria.text("赵敏" + suffix), 0, 20)).rows())
                .extracting(TalentHits.TalentRow::id).containsExactly(agent.id());
    }

    @Test
    void mergingADuplicateKeepsBothHistoriesAndLeavesOneRecordInSearch() {
        String suffix = Long.toString(System.nanoTime(), 36);
        var kept = TestAccounts.as(guangdong, () -> records.create(talent("郑爽" + suffix,
                TestIdentities.identity("440304", false), "440300", null, "专利代理师", "APP_PATENT_AGENT"),
                Talent.Source.MANUAL));
        var duplicate = TestAccounts.as(guangdong, () -> records.create(talent("郑爽" + suffix,
                TestIdentities.identity("440304", false), "440300", null, "专利代理师", "APP_TRADEMARK_AGENT"),
                Talent.Source.IMPORT));
        TestAccounts.as(guangdong, () -> records.addQualification(duplicate.id(), "TRADEMARK_AGENT", null, "TM1",
                "国家知识产权局", null, null));
        assertThat(TestAccounts.as(guangdong, () -> search.search(TalentCriteria.text(suffix), 0, 10)).total())
                .isEqualTo(2);

        TestAccounts.as(guangdong, () -> {
            merge.merge(kept.id(), duplicate.id());
            return null;
        });
        var survivor = TestAccounts.as(guangdong, () -> records.get(kept.id()));
        assertThat(survivor.categories()).extracting(TalentView.CategoryView::category)
                .containsExactlyInAnyOrder("APP_PATENT_AGENT", "APP_TRADEMARK_AGENT");
        assertThat(survivor.qualifications()).extracting(TalentView.QualificationView::number).contains("TM1");
        assertThat(TestAccounts.as(guangdong, () -> search.search(TalentCriteria.text(suffix), 0, 10)).rows())
                .extracting(TalentHits.TalentRow::id).containsExactly(kept.id());
        var history = TestAccounts.as(guangdong, () -> merge.history(kept.id()));
        assertThat(history).extracting(h -> h.entityId()).contains(String.valueOf(kept.id()),
                String.valueOf(duplicate.id()));
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> {
            merge.merge(kept.id(), duplicate.id());
            return null;
        })).hasMessage("talent.merge.alreadyMerged");
    }

    @Test
    void searchCountsAndFacetsStayInsideTheUsersRegion() {
        String suffix = Long.toString(System.nanoTime(), 36);
        TestAccounts.as(national, () -> records.create(talent("周杰" + suffix, TestIdentities.identity("320102", true),
                "320100", null, "审查员", "BASIC_PATENT_EXAMINER"), Talent.Source.MANUAL));
        var own = TestAccounts.as(national, () -> records.create(talent("吴芳" + suffix,
                TestIdentities.identity("440304", false), "440300", null, "审查员", "BASIC_PATENT_EXAMINER"),
                Talent.Source.MANUAL));

        var hits = TestAccounts.as(guangdong, () -> search.search(TalentCriteria.text(suffix), 0, 20));
        assertThat(hits.rows()).extracting(TalentHits.TalentRow::id).containsExactly(own.id());
        assertThat(hits.total()).isEqualTo(1);
        assertThat(hits.facets().get(Facet.PROVINCE)).extracting(FacetCount::code).containsOnly("440000");
        assertThat(hits.facets().get(Facet.TEAM)).contains(new FacetCount("BASIC", 1));

        var all = TestAccounts.as(guangdong, () -> search.search(TalentCriteria.text(null), 0, 20));
        assertThat(all.facets().get(Facet.PROVINCE)).extracting(FacetCount::code).containsOnly("440000");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> records.get(hits.rows().get(0).id() - 1)))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
