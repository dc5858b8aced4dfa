package org.iptalent.training.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.OrganisationInput;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.iptalent.support.TestIdentities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A year's assessment from end to end: the national administrator's scorecard, the run (a measure without data for a
 * base gives 0 and says so; reviews are asked for), a reviewer's score that rescores the base, and the decision that
 * changes the base's status through its history, audited; a decided assessment is final and the scorecard fixed.
 */
@PlatformTest
class AssessmentFlowTests {

    private static int nextYear = 2090;

    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationRecords organisations;
    @Autowired
    TrainingBaseRecords records;
    @Autowired
    AssessmentScorecards scorecards;
    @Autowired
    AssessmentRuns runs;
    @Autowired
    BaseReviews reviews;
    @Autowired
    JdbcTemplate jdbc;

    int year;
    UserSummary national;
    UserSummary reviewer;
    UserSummary otherReviewer;
    UserSummary guangdong;
    long baseId;
    String baseName;

    @BeforeEach
    void setUp() {
        year = nextYear++;
        national = accounts.active("assess.nat", Role.NATIONAL_ADMIN, null);
        reviewer = accounts.active("assess.exp", Role.EXPERT, "110000");
        otherReviewer = accounts.active("assess.exp2", Role.EXPERT, "310000");
        guangdong = accounts.active("assess.gd", Role.PROVINCIAL_ADMIN, "440000");
        long host = TestAccounts.as(national, () -> organisations.create(new OrganisationInput(
                TestAccounts.uniqueName("host"), "UNIVERSITY", TestIdentities.creditCode(), "440100", null))).id();
        baseName = TestAccounts.uniqueName("考核基地");
        baseId = TestAccounts.as(national, () -> records.create(new BaseInput(baseName,
                "NATIONAL", "440100", host, LocalDate.of(2022, 4, 1), "认定文件", List.of("PROTECTION"), List.of(),
                null, null, null, null, false))).id();
        TestAccounts.as(national, () -> scorecards.save(year, null, new ScorecardInput(new BigDecimal("80"),
                new BigDecimal("60"), List.of(
                        new ScorecardInput.Item(null, "COMPUTED", 30, "CLASSES_HELD", new BigDecimal("12"), null),
                        new ScorecardInput.Item("师资队伍", "REVIEWED", 70, null, null,
                                reviewer.username() + ", " + otherReviewer.username())))));
    }

    AssessmentRow row() {
        return TestAccounts.as(national, () -> runs.results(year, null, baseName, false, PageRequest.of(0, 20,
                Sort.by("base.name")))).getContent().stream().filter(r -> r.baseId() == baseId).findFirst()
                .orElseThrow();
    }

    @Test
    void aYearRunsFromScorecardToDecision() {
        AssessmentRuns.RunResult result = TestAccounts.as(national, () -> runs.run(year));
        assertThat(result.scored()).isPositive();
        AssessmentRow scored = row();
        // no classes, no reviews yet: both items score 0, and say there is no data
        assertThat(scored.total()).isEqualByComparingTo("0");
        assertThat(scored.recommendation()).isEqualTo(Adjustment.REVOKE);
        assertThat(scored.noDataItems()).isEqualTo(2);
        assertThat(scored.pendingReviews()).isEqualTo(2);
        AssessmentDetail detail = TestAccounts.as(national, () -> runs.detail(scored.id()));
        assertThat(detail.items().get(0).noData()).isTrue();
        assertThat(detail.items().get(0).measured()).isNull();
        assertThat(detail.items().get(0).measureLabelKey()).isEqualTo("training.measure.CLASSES_HELD");

        // each reviewer sees their own review, and scores it; the base is scored again at once
        List<ReviewTask> open = TestAccounts.as(reviewer, () -> reviews.open());
        ReviewTask task = open.stream().filter(t -> t.baseId() == baseId).findFirst().orElseThrow();
        assertThat(task.pending()).isTrue();
        assertThat(task.itemName()).isEqualTo("师资队伍");
        assertThatThrownBy(() -> TestAccounts.as(otherReviewer, () -> reviews.get(task.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(reviewer, () -> reviews.give(task.id(), task.version(), 101, "")))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey")
                .isEqualTo("trainingBase.review.score.range");
        TestAccounts.as(reviewer, () -> reviews.give(task.id(), task.version(), 90, "师资较强"));
        ReviewTask other = TestAccounts.as(otherReviewer, () -> reviews.open()).stream()
                .filter(t -> t.baseId() == baseId).findFirst().orElseThrow();
        TestAccounts.as(otherReviewer, () -> reviews.give(other.id(), other.version(), 80, null));
        AssessmentRow reviewed = row();
        // 70 % of the mean (85) and 30 % of no data
        assertThat(reviewed.total()).isEqualByComparingTo("59.50");
        assertThat(reviewed.recommendation()).isEqualTo(Adjustment.REVOKE);
        assertThat(reviewed.pendingReviews()).isZero();
        assertThat(reviewed.noDataItems()).isEqualTo(1);

        // the national administrator decides otherwise, with the reason; the base's status follows, in its history
        assertThatThrownBy(() -> TestAccounts.as(national, () -> runs.decide(reviewed.id(), reviewed.version(),
                "PROBATION", " "))).isInstanceOf(BusinessRuleException.class).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> runs.decide(reviewed.id(), reviewed.version(),
                "PROBATION", "越权"))).isInstanceOf(AccessDeniedException.class);
        TestAccounts.as(national, () -> runs.decide(reviewed.id(), reviewed.version(), "PROBATION", "首年未开班，限期整改"));
        BaseView base = TestAccounts.as(national, () -> records.get(baseId));
        assertThat(base.status()).isEqualTo(BaseStatus.PROBATION);
        StatusStep last = base.history().get(base.history().size() - 1);
        assertThat(last.from()).isEqualTo(BaseStatus.DESIGNATED);
        assertThat(last.to()).isEqualTo(BaseStatus.PROBATION);
        assertThat(last.reason()).isEqualTo("首年未开班，限期整改");
        assertThat(last.assessmentId()).isEqualTo(reviewed.id());
        assertThat(last.decidedBy()).isEqualTo(national.displayName());
        assertThat(base.latestAssessment().decision()).isEqualTo(Adjustment.PROBATION);
        assertThat(base.latestAssessment().year()).isEqualTo(year);
        assertThat(jdbc.queryForList("select detail_key from audit_entry where entity_type = 'TrainingBaseAssessment' "
                + "and entity_id = ?", String.class, String.valueOf(reviewed.id())))
                .contains("audit.detail.assessmentDecided");
        assertThat(jdbc.queryForList("select detail_args from audit_entry where entity_type = 'TrainingBase' "
                + "and entity_id = ? and detail_key = 'audit.detail.trainingBaseStatus'", String.class,
                String.valueOf(baseId))).singleElement().asString().contains("首年未开班，限期整改");

        // decided is final: no second decision, no more reviews, and a new run leaves it as it is
        AssessmentRow decided = row();
        assertThatThrownBy(() -> TestAccounts.as(national, () -> runs.decide(decided.id(), decided.version(),
                "KEEP", "改判"))).isInstanceOf(BusinessRuleException.class).extracting("messageKey")
                .isEqualTo("trainingBase.assessment.decided");
        assertThat(TestAccounts.as(reviewer, () -> reviews.open())).noneMatch(t -> t.baseId() == baseId);
        TestAccounts.as(national, () -> runs.run(year));
        assertThat(row().total()).isEqualByComparingTo("59.50");
        assertThat(row().decision()).isEqualTo(Adjustment.PROBATION);
    }

    @Test
    void keepingTheStatusIsRecordedAsAConfirmation() {
        TestAccounts.as(national, () -> runs.run(year));
        AssessmentRow scored = row();
        TestAccounts.as(national, () -> runs.decide(scored.id(), scored.version(), "KEEP", "新设基地，保留"));
        BaseView base = TestAccounts.as(national, () -> records.get(baseId));
        assertThat(base.status()).isEqualTo(BaseStatus.DESIGNATED);
        assertThat(base.history()).hasSize(2);
        assertThat(base.history().get(1).confirmation()).isTrue();
    }

    @Test
    void theScorecardIsTheNationalAdministratorsAndFixedOnceRun() {
        ScorecardView card = TestAccounts.as(national, () -> scorecards.find(year)).orElseThrow();
        assertThat(card.weightSum()).isEqualTo(100);
        assertThat(card.items().get(1).reviewers()).containsExactlyInAnyOrder(reviewer.username(),
                otherReviewer.username());
        assertThatThrownBy(() -> TestAccounts.as(guangdong, () -> scorecards.find(year)))
                .isInstanceOf(AccessDeniedException.class);
        ScorecardInput uneven = new ScorecardInput(new BigDecimal("80"), new BigDecimal("60"), List.of(
                new ScorecardInput.Item(null, "COMPUTED", 50, "CLASSES_HELD", new BigDecimal("12"), null)));
        assertThatThrownBy(() -> TestAccounts.as(national, () -> scorecards.save(year, card.version(), uneven)))
                .isInstanceOf(InvalidInputException.class);
        // copied into the next free year, then fixed for this one once it has run
        int next = year + 100 > 2100 ? 2001 : year + 100;
        if (TestAccounts.as(national, () -> scorecards.find(next)).isEmpty() && next > year) {
            assertThat(TestAccounts.as(national, () -> scorecards.copyFromPrevious(next)).items()).hasSize(2);
        }
        TestAccounts.as(national, () -> runs.run(year));
        ScorecardInput fine = new ScorecardInput(new BigDecimal("80"), new BigDecimal("60"), List.of(
                new ScorecardInput.Item(null, "COMPUTED", 100, "CLASSES_HELD", new BigDecimal("12"), null)));
        long version = TestAccounts.as(national, () -> scorecards.find(year)).orElseThrow().version();
        assertThatThrownBy(() -> TestAccounts.as(national, () -> scorecards.save(year, version, fine)))
                .isInstanceOf(BusinessRuleException.class).extracting("messageKey")
                .isEqualTo("trainingBase.scorecard.locked");
        assertThat(TestAccounts.as(national, () -> scorecards.find(year)).orElseThrow().locked()).isTrue();
    }
}
