package org.iptalent.training.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.iptalent.identity.UserSummary;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The national administrator keeps the standard questionnaire; each change raises its revision and reaches only
 * surveys sent after it: a survey already sent keeps its items and its results.
 */
@PlatformTest
class QuestionnaireTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    QuestionnaireKeeping keeping;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectProvider<ClosedClasses> closedClasses;

    @Test
    void aChangeReachesOnlySurveysSentAfterIt() {
        ClosedClasses classes = closedClasses.getObject();
        UserSummary national = classes.national();
        ClosedClasses.Base base = classes.base("320100");
        ClosedClasses.Closed before = classes.close(base, 1, 1);

        Questionnaire questionnaire = TestAccounts.as(national, () -> keeping.get(QuestionnaireKind.SATISFACTION));
        int revision = questionnaire.getRevision();
        String marker = TestAccounts.uniqueName("线上平台是否流畅");
        QuestionnaireItem added = TestAccounts.as(national, () -> keeping.add(QuestionnaireKind.SATISFACTION,
                questionnaire.getVersion(), new ItemInput(marker, "Was the platform smooth?", ItemKind.SCALE_5,
                        Aspect.BEHAVIOUR, false)));
        assertThat(added.getAspect()).as("a satisfaction item measures no follow-up level").isNull();
        Questionnaire after = TestAccounts.as(national, () -> keeping.get(QuestionnaireKind.SATISFACTION));
        assertThat(after.getRevision()).isEqualTo(revision + 1);
        assertThat(after.getItems()).last().extracting(QuestionnaireItem::getTextZh).isEqualTo(marker);
        // moved up one place
        TestAccounts.as(national, () -> {
            keeping.move(QuestionnaireKind.SATISFACTION, after.getVersion(), added.getId(), -1);
            return null;
        });
        Questionnaire moved = TestAccounts.as(national, () -> keeping.get(QuestionnaireKind.SATISFACTION));
        assertThat(moved.getItems().get(moved.getItems().size() - 2).getTextZh()).isEqualTo(marker);
        assertThat(moved.getItems()).extracting(QuestionnaireItem::getPosition)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, moved.getItems().size())
                        .boxed().toList());

        ClosedClasses.Closed later = classes.close(base, 1, 1);
        assertThat(items(before.classId())).doesNotContain(marker);
        assertThat(items(later.classId())).contains(marker);
        assertThat(jdbc.queryForObject("select questionnaire_revision from training_survey where class_id = ?",
                Integer.class, later.classId())).isEqualTo(moved.getRevision());

        TestAccounts.as(national, () -> {
            keeping.remove(QuestionnaireKind.SATISFACTION, moved.getVersion(), added.getId());
            return null;
        });
        assertThat(items(later.classId())).as("a sent survey keeps its items").contains(marker);
        assertThat(TestAccounts.as(national, () -> keeping.get(QuestionnaireKind.SATISFACTION)).getItems())
                .extracting(QuestionnaireItem::getTextZh).doesNotContain(marker);
    }

    @Test
    void onlyTheNationalAdministratorKeepsItAndEveryRuleHolds() {
        UserSummary national = accounts.active("q.nat", Role.NATIONAL_ADMIN, null);
        UserSummary province = accounts.active("q.gd", Role.PROVINCIAL_ADMIN, "440000");
        assertThatThrownBy(() -> TestAccounts.as(province, () -> keeping.get(QuestionnaireKind.FOLLOW_UP)))
                .isInstanceOf(AccessDeniedException.class);
        Questionnaire followUp = TestAccounts.as(national, () -> keeping.get(QuestionnaireKind.FOLLOW_UP));
        assertThatThrownBy(() -> TestAccounts.as(province, () -> keeping.add(QuestionnaireKind.FOLLOW_UP,
                followUp.getVersion(), new ItemInput("a", "b", ItemKind.SCALE_5, Aspect.RESULTS, true))))
                .isInstanceOf(AccessDeniedException.class);

        InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInputException.class, () -> TestAccounts.as(national, () -> keeping.add(
                        QuestionnaireKind.FOLLOW_UP, followUp.getVersion(), new ItemInput(" ", "x".repeat(301),
                                ItemKind.SCALE_5, null, true))));
        assertThat(refused.problems()).extracting(p -> p.field() + " " + p.messageKey()).containsExactly(
                "textZh field.required", "textEn questionnaire.item.tooLong", "aspect questionnaire.item.aspectRequired");

        assertThatThrownBy(() -> TestAccounts.as(national, () -> keeping.add(QuestionnaireKind.FOLLOW_UP,
                followUp.getVersion() - 1, new ItemInput("a", "b", ItemKind.TEXT, null, false))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    private List<String> items(long classId) {
        return jdbc.queryForList("""
                select i.text_zh from training_survey_item i join training_survey s on s.id = i.survey_id
                where s.class_id = ? and s.kind = 'SATISFACTION' order by i.position
                """, String.class, classId);
    }
}
