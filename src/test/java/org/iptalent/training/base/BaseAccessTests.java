package org.iptalent.training.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may run classes for which base, as the rest of the training module asks: administrators inside their region
 * (a province's administrator also the national bases located there), managers their own bases, nobody a revoked
 * base's new classes.
 */
@PlatformTest
class BaseAccessTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TrainingBases bases;
    @Autowired
    BaseAccess access;
    @Autowired
    TransactionTemplate transactions;

    UserSummary national;
    UserSummary guangdong;
    UserSummary jiangsu;
    UserSummary manager;
    UserSummary otherManager;
    long nationalInGuangdong;
    long localInGuangdong;
    long localInJiangsu;

    @BeforeEach
    void setUp() {
        national = accounts.active("access.nat", Role.NATIONAL_ADMIN, null);
        guangdong = accounts.active("access.gd", Role.PROVINCIAL_ADMIN, "440000");
        jiangsu = accounts.active("access.js", Role.PROVINCIAL_ADMIN, "320000");
        manager = accounts.active("access.base", Role.TRAINING_BASE_MANAGER, "320000");
        otherManager = accounts.active("access.base2", Role.TRAINING_BASE_MANAGER, "320000");
        long host = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("host"), "UNIVERSITY", TestIdentities.creditCode(), "440100", null))).id();
        nationalInGuangdong = base("国家基地", BaseLevel.NATIONAL, "440100", host, Set.of());
        localInGuangdong = base("广东基地", BaseLevel.LOCAL, "440000", host, Set.of());
        localInJiangsu = base("江苏基地", BaseLevel.LOCAL, "320100", host, Set.of(manager.id()));
    }

    long base(String name, BaseLevel level, String region, long hostId, Set<Long> managers) {
        return transactions.execute(status -> {
            Organisation host = entityHost(hostId);
            TrainingBase base = new TrainingBase(TestAccounts.uniqueName(name), level, region, host,
                    LocalDate.of(2022, 5, 1), "批准", new Decider(null, "test"));
            base.assignManagers(managers);
            return bases.saveAndFlush(base).getId();
        });
    }

    @Autowired
    jakarta.persistence.EntityManager entities;

    Organisation entityHost(long id) {
        return entities.getReference(Organisation.class, id);
    }

    @Test
    void administratorsSeeTheBasesOfTheirRegionAndManagersTheirOwn() {
        assertThat(TestAccounts.as(national, () -> access.visible(localInJiangsu))).isPresent();
        assertThat(TestAccounts.as(guangdong, () -> access.visible(nationalInGuangdong))).isPresent();
        assertThat(TestAccounts.as(guangdong, () -> access.visible(localInGuangdong))).isPresent();
        assertThat(TestAccounts.as(guangdong, () -> access.visible(localInJiangsu))).isEmpty();
        assertThat(TestAccounts.as(jiangsu, () -> access.visible(nationalInGuangdong))).isEmpty();
        assertThat(TestAccounts.as(manager, () -> access.visible(localInJiangsu))).isPresent();
        assertThat(TestAccounts.as(otherManager, () -> access.visible(localInJiangsu))).isEmpty();

        assertThat(TestAccounts.as(manager, () -> access.manageableBases())).extracting(TrainingBase::getId)
                .containsExactly(localInJiangsu);
        assertThat(TestAccounts.as(guangdong, () -> access.manageableBases())).extracting(TrainingBase::getId)
                .contains(nationalInGuangdong, localInGuangdong).doesNotContain(localInJiangsu);
        assertThat(TestAccounts.as(otherManager, () -> access.manageableBases())).isEmpty();
        assertThatThrownBy(() -> TestAccounts.as(otherManager, () -> access.manageable(localInJiangsu)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(TestAccounts.as(manager, () -> access.manageable(localInJiangsu)).getLevel())
                .isEqualTo(BaseLevel.LOCAL);
    }

    @Test
    void aRevokedBaseTakesNoNewClasses() {
        transactions.executeWithoutResult(status -> bases.findById(localInGuangdong).orElseThrow().changeStatus(
                BaseStatus.REVOKED, LocalDate.of(2025, 12, 1), "撤销", new Decider(null, "test"), null));
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> access.manageable(localInGuangdong)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("trainingBase.revoked");
        assertThat(TestAccounts.as(guangdong, () -> access.visible(localInGuangdong))).get()
                .extracting(TrainingBase::getStatus).isEqualTo(BaseStatus.REVOKED);
        assertThat(TestAccounts.as(guangdong, () -> access.manageableBases())).extracting(TrainingBase::getId)
                .doesNotContain(localInGuangdong);
        java.util.List<BaseStatus> history = transactions.execute(status -> bases.findById(localInGuangdong)
                .orElseThrow().getHistory().stream().map(StatusChange::getToStatus).toList());
        assertThat(history).containsExactly(BaseStatus.DESIGNATED, BaseStatus.REVOKED);
    }
}
