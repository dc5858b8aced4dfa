package org.iptalent.expert.admission;

import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.registry.TalentAccounts;
import org.springframework.stereotype.Component;

/** Tells the applicant (the talent's account, when it has one) of each decision on its application. */
@Component
class AdmissionNotices {

    static final String TOPIC = "expertAdmission";

    private final TalentAccounts accounts;
    private final Notifications notifications;

    AdmissionNotices(TalentAccounts accounts, Notifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    void decided(AdmissionApplication application, String messageKey) {
        accounts.accountOf(application.getTalentId()).ifPresent(user -> notifications.send(Notice.of(user, TOPIC,
                messageKey, String.valueOf(application.getId())).linkedTo("/my/expert-application").byEmail()));
    }
}
