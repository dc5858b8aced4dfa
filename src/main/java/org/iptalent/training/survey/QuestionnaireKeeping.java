package org.iptalent.training.survey;

import java.time.Clock;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standard questionnaires, which the national administrator keeps: add, change, remove and move items. Every
 * change names the questionnaire's version the administrator read (a stale one is refused) and is audited.
 */
@Service
public class QuestionnaireKeeping {

    public static final String ENTITY = "Questionnaire";

    private final Questionnaires questionnaires;
    private final AuditLog audit;
    private final Clock clock;

    QuestionnaireKeeping(Questionnaires questionnaires, AuditLog audit, Clock clock) {
        this.questionnaires = questionnaires;
        this.audit = audit;
        this.clock = clock;
    }

    /** The questionnaire as it stands, with its items; for the national administrator. */
    @Transactional(readOnly = true)
    public Questionnaire get(QuestionnaireKind kind) {
        requireKeeper();
        return load(kind);
    }

    /** Whether the current user keeps the questionnaires. */
    public boolean keeps() {
        return CurrentUser.find().filter(user -> user.has(Role.NATIONAL_ADMIN)).isPresent();
    }

    @Transactional
    public QuestionnaireItem add(QuestionnaireKind kind, long expectedVersion, ItemInput input) {
        CurrentUser user = requireKeeper();
        Questionnaire questionnaire = current(kind, expectedVersion);
        QuestionnaireItem item = questionnaire.add(input, user.id(), clock.instant());
        questionnaires.flush();
        record(AuditAction.CREATE, questionnaire, "audit.survey.itemAdded", item);
        return item;
    }

    @Transactional
    public QuestionnaireItem change(QuestionnaireKind kind, long expectedVersion, long itemId, ItemInput input) {
        CurrentUser user = requireKeeper();
        Questionnaire questionnaire = current(kind, expectedVersion);
        QuestionnaireItem item = questionnaire.change(itemId, input, user.id(), clock.instant());
        record(AuditAction.UPDATE, questionnaire, "audit.survey.itemChanged", item);
        return item;
    }

    @Transactional
    public void remove(QuestionnaireKind kind, long expectedVersion, long itemId) {
        CurrentUser user = requireKeeper();
        Questionnaire questionnaire = current(kind, expectedVersion);
        QuestionnaireItem item = questionnaire.remove(itemId, user.id(), clock.instant());
        record(AuditAction.DELETE, questionnaire, "audit.survey.itemRemoved", item);
    }

    @Transactional
    public void move(QuestionnaireKind kind, long expectedVersion, long itemId, int direction) {
        CurrentUser user = requireKeeper();
        Questionnaire questionnaire = current(kind, expectedVersion);
        if (questionnaire.move(itemId, direction, user.id(), clock.instant())) {
            record(AuditAction.UPDATE, questionnaire, "audit.survey.itemMoved", questionnaire.item(itemId));
        }
    }

    private void record(AuditAction action, Questionnaire questionnaire, String key, QuestionnaireItem item) {
        audit.record(AuditEvent.of(action, ENTITY, questionnaire.getKind().name()).message(key,
                org.iptalent.audit.AuditText.message("questionnaire.kind." + questionnaire.getKind().name()),
                item.getPosition(), item.getTextZh(), questionnaire.getRevision()));
    }

    private Questionnaire current(QuestionnaireKind kind, long expectedVersion) {
        Questionnaire questionnaire = load(kind);
        if (questionnaire.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Questionnaire.class, kind);
        }
        return questionnaire;
    }

    private Questionnaire load(QuestionnaireKind kind) {
        if (kind == null) {
            throw new org.iptalent.shared.RecordNotFoundException(ENTITY, null);
        }
        Questionnaire questionnaire = questionnaires.findById(kind).orElseThrow();
        questionnaire.getItems().size();
        return questionnaire;
    }

    private static CurrentUser requireKeeper() {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.NATIONAL_ADMIN)) {
            throw new AccessDeniedException("questionnaire.nationalOnly");
        }
        return user;
    }
}
