package org.iptalent.training.rotation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.notification.Notice;
import org.iptalent.notification.Notifications;
import org.iptalent.registry.TalentAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders to a campaign's members who are not yet trained (nor placed in a class), to those with an account: by
 * an administrator's button, and weekly while the cycle runs. A member is reminded at most once a week, whoever
 * sends it (the notice's once-only key names the ISO week), so the button after the job sends nothing new.
 */
@Service
public class RotationReminders {

    private static final Logger log = LoggerFactory.getLogger(RotationReminders.class);
    static final String TOPIC = "rotation";

    private final RotationCampaigning campaigning;
    private final RotationCampaigns campaigns;
    private final CampaignRoster roster;
    private final TalentAccounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RotationReminders(RotationCampaigning campaigning, RotationCampaigns campaigns, CampaignRoster roster,
            TalentAccounts accounts, Notifications notifications, AuditLog audit, TransactionTemplate transactions,
            Clock clock) {
        this.campaigning = campaigning;
        this.campaigns = campaigns;
        this.roster = roster;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** An administrator reminds the campaign's members not yet trained; how many notices were recorded. */
    @Transactional
    public int remind(long campaignId) {
        RotationCampaign campaign = campaigning.get(campaignId);
        LocalDate today = LocalDate.now(clock);
        campaign.requireOpen(today);
        int sent = send(campaign, today);
        audit.record(AuditEvent.of(AuditAction.UPDATE, RotationCampaigning.ENTITY, campaignId)
                .region(campaign.getRegionCode()).message("audit.rotation.reminded", campaign.getName(), sent));
        return sent;
    }

    /** Every week (Monday morning by default), on one node: the campaigns whose cycle runs today. */
    @Scheduled(cron = "${iptalent.rotation.reminder-cron:0 0 9 * * MON}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "rotation-reminders", lockAtMostFor = "PT30M")
    public void weekly() {
        LocalDate today = LocalDate.now(clock);
        int total = 0;
        for (RotationCampaign campaign : campaigns.runningOn(today)) {
            // one transaction per campaign: one campaign's failure leaves the others' reminders sent
            try {
                Integer sent = transactions.execute(status -> {
                    int count = send(campaign, today);
                    if (count > 0) {
                        audit.record(AuditEvent.of(AuditAction.UPDATE, RotationCampaigning.ENTITY, campaign.getId())
                                .region(campaign.getRegionCode())
                                .message("audit.rotation.remindedWeekly", campaign.getName(), count));
                    }
                    return count;
                });
                total += sent == null ? 0 : sent;
            } catch (RuntimeException e) {
                log.error("Rotation reminders of campaign {} failed", campaign.getId(), e);
            }
        }
        log.info("Rotation reminders: {} notices for the week of {}", total, today);
    }

    private int send(RotationCampaign campaign, LocalDate today) {
        List<Long> members = roster.notYet(campaign, "%", null, RotationCampaigning.MAX_COHORT);
        Map<Long, Long> reachable = accounts.accountsOf(members);
        String once = "rotation-reminder." + campaign.getId() + "." + week(today);
        List<Notice> notices = new ArrayList<>(reachable.size());
        reachable.values().forEach(account -> notices.add(Notice.of(account, TOPIC, "notice.rotation.reminder",
                campaign.getName(), campaign.getCycleEnd().toString()).once(once)));
        return notices.isEmpty() ? 0 : notifications.sendAll(notices);
    }

    /** The ISO week of a day, e.g. {@code 2026-W48}: a reminder's once-only period. */
    static String week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
