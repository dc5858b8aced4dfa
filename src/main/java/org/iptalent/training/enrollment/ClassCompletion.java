package org.iptalent.training.enrollment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.certificate.CertificateIssue;
import org.iptalent.certificate.Certificates;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.registry.TalentAccounts;
import org.iptalent.registry.TalentCard;
import org.iptalent.registry.TalentRegistry;
import org.iptalent.training.base.BaseAccess;
import org.iptalent.training.offering.ClassPlanning;
import org.iptalent.training.offering.TrainingClass;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a class decides every trainee's completion by its rule (hours attended and, when the class has an
 * assessment, a pass), credits the completed their hours, issues their certificates and tells each trainee the
 * result. Those still waiting for a place leave the list. All in one transaction: a failure closes nothing.
 */
@Service
public class ClassCompletion {

    /** The certificate a completed class earns. */
    public static final String CERTIFICATE_TYPE = "TRAINING_COMPLETION";
    public static final String SOURCE_KIND = "TRAINING_CLASS";

    private final ClassPlanning planning;
    private final Enrollments enrollments;
    private final BaseAccess bases;
    private final TalentRegistry registry;
    private final TalentAccounts accounts;
    private final Certificates certificates;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ClassCompletion(ClassPlanning planning, Enrollments enrollments, BaseAccess bases,
            TalentRegistry registry, TalentAccounts accounts, Certificates certificates, Notifications notifications,
            MessageSource messages, AuditLog audit, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.planning = planning;
        this.enrollments = enrollments;
        this.bases = bases;
        this.registry = registry;
        this.accounts = accounts;
        this.certificates = certificates;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    public record Outcome(int completed, int notCompleted, int certificates) implements java.io.Serializable {
    }

    @Transactional
    public Outcome close(long classId) {
        TrainingClass trainingClass = planning.runLocked(classId);
        trainingClass.close(clock.instant());
        BigDecimal required = trainingClass.requiredAttendanceHours();
        String issuer = bases.visible(trainingClass.getBaseId()).map(b -> b.getName()).orElseThrow();
        List<Enrollment> placed = enrollments.placed(classId);
        Map<Long, TalentCard> cards = registry.cards(placed.stream().map(Enrollment::getTalentId).toList());
        Map<Long, Long> reachable = accounts.accountsOf(cards.keySet());
        List<Notice> notices = new ArrayList<>();
        int completed = 0;
        List<CertificateIssue> issues = new ArrayList<>();
        for (Enrollment enrollment : placed) {
            boolean done = enrollment.complete(required, trainingClass.getPassMark(), trainingClass.getEndsOn());
            TalentCard card = cards.get(enrollment.getTalentId());
            if (done) {
                completed++;
                if (card != null) {
                    issues.add(new CertificateIssue(CERTIFICATE_TYPE, enrollment.getTalentId(), card.name(),
                            achievement(trainingClass, enrollment), issuer, trainingClass.getEndsOn(),
                            trainingClass.getRegionCode(), SOURCE_KIND, enrollment.getId()));
                }
            }
            Long account = reachable.get(enrollment.getTalentId());
            if (account != null) {
                notices.add(Notice.of(account, "completion",
                        done ? "notice.training.completed" : "notice.training.notCompleted", trainingClass.getTitle())
                        .linkedTo(done ? "/my/certificates" : "/my/training").byEmail()
                        .once("completion:" + enrollment.getId()));
            }
        }
        // in bulk: a class of thousands closes in one pass, holding the type's serial counter only briefly
        int issued = certificates.issueAll(issues);
        for (Enrollment waiting : enrollments.waitingList(classId)) {
            waiting.withdraw();
        }
        notifications.sendAll(notices);
        events.publishEvent(new org.iptalent.training.ClassClosed(classId, trainingClass.getBaseId(),
                placed.stream().map(Enrollment::getId).toList()));
        audit.record(AuditEvent.of(AuditAction.UPDATE, ClassPlanning.ENTITY, classId)
                .region(trainingClass.getRegionCode()).message("audit.training.classClosed", trainingClass.getTitle(),
                        completed, placed.size() - completed, issued));
        return new Outcome(completed, placed.size() - completed, issued);
    }

    /** What the certificate says was earned, in Chinese: the language certificates are issued in. */
    private String achievement(TrainingClass trainingClass, Enrollment enrollment) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        String level = messages.getMessage("training.level." + trainingClass.getLevel().getLevel().name(), null, chinese);
        return messages.getMessage("training.certificate.achievement", new Object[] {trainingClass.getTitle(),
                trainingClass.getLevel().getProgram().getTitle(), level, enrollment.getCreditedHours().toPlainString()},
                chinese);
    }
}
