package org.iptalent.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.iptalent.identity.UserContact;
import org.iptalent.identity.UserContacts;
import org.iptalent.shared.Masks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail outbox: notices wait as PENDING in their own rows, written in the sender's transaction, and this job
 * sends them after they committed, never inside a business transaction. One batch is one transaction that locks
 * its rows ({@code for update skip locked}) and one SMTP connection; the scheduled run holds a cluster-wide lock
 * (ShedLock), so two nodes never send at once, and a row once SENT is never sent again. Without an SMTP server
 * ({@code spring.mail.host} unset, so no {@link JavaMailSender}) the e-mails are marked NOT_SENT and each batch
 * logs one line.
 */
@Component
public class MailOutbox {

    static final String NO_SMTP = "no SMTP server configured";
    static final String NO_ADDRESS = "recipient has no e-mail address";
    static final String NO_ACCOUNT = "recipient account no longer exists";

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    /** Batches one run sends at most, so that a backlog cannot hold the lock for ever. */
    private static final int MAX_BATCHES_PER_RUN = 100;

    /** What one run did. */
    public record Run(int sent, int notSent, int retried, int failed) {
        int total() {
            return sent + notSent + retried + failed;
        }

        Run plus(Run other) {
            return new Run(sent + other.sent, notSent + other.notSent, retried + other.retried,
                    failed + other.failed);
        }
    }

    private final NotificationTable table;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final UserContacts contacts;
    private final MailTexts texts;
    private final NotificationProperties properties;
    private final MailRetry retry;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailOutbox(NotificationTable table, ObjectProvider<JavaMailSender> mailSender, UserContacts contacts,
            MailTexts texts, NotificationProperties properties, TransactionTemplate transactions, Clock clock) {
        this.table = table;
        this.mailSender = mailSender;
        this.contacts = contacts;
        this.texts = texts;
        this.properties = properties;
        this.retry = MailRetry.of(properties);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The scheduled run: on one node of the cluster at a time. */
    @Scheduled(initialDelayString = "${iptalent.notification.outbox-interval:30s}",
            fixedDelayString = "${iptalent.notification.outbox-interval:30s}")
    @SchedulerLock(name = "notification-outbox", lockAtMostFor = "PT15M")
    public void run() {
        sendPending();
    }

    /** Sends what is due, batch after batch, until none is left (or a run's maximum); returns what it did. */
    public Run sendPending() {
        Run total = new Run(0, 0, 0, 0);
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            Run run = transactions.execute(status -> sendBatch());
            total = total.plus(run);
            if (run.total() < properties.batchSize()) {
                break;
            }
        }
        return total;
    }

    private Run sendBatch() {
        Instant now = clock.instant();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            int given = table.markPendingNotSent(properties.batchSize(), now, NO_SMTP);
            if (given > 0) {
                log.info("e-mail not sent: no SMTP server configured (spring.mail.host); {} notices are shown on "
                        + "the platform only", given);
            }
            return new Run(0, given, 0, 0);
        }
        List<PendingMail> batch = table.claimPending(properties.batchSize(), now);
        if (batch.isEmpty()) {
            return new Run(0, 0, 0, 0);
        }
        Map<Long, UserContact> recipients = contacts.contactsOf(batch.stream().map(PendingMail::recipientId)
                .distinct().toList());
        Map<MimeMessage, PendingMail> messages = new LinkedHashMap<>();
        int notSent = 0;
        int givenUp = 0;
        for (PendingMail mail : batch) {
            UserContact contact = recipients.get(mail.recipientId());
            if (contact == null || contact.email() == null) {
                table.markNotSent(mail.id(), contact == null ? NO_ACCOUNT : NO_ADDRESS);
                notSent++;
                continue;
            }
            try {
                messages.put(message(sender, mail, contact), mail);
            } catch (MessagingException | RuntimeException e) {
                // an e-mail that cannot be built or addressed will not be on a later run either: it alone fails,
                // and the rest of the batch goes (thrown, it would roll the batch back and come first again)
                String error = describe(e).replace(contact.email(), Masks.email(contact.email()));
                table.markAttemptFailed(mail.id(), mail.attempts() + 1, null, error);
                givenUp++;
                log.warn("e-mail of notice {} could not be built; given up: {}", mail.id(), error);
            }
        }
        Map<Object, String> failed = send(sender, messages.keySet());
        int sent = 0;
        int retried = 0;
        for (Map.Entry<MimeMessage, PendingMail> entry : messages.entrySet()) {
            PendingMail mail = entry.getValue();
            if (!failed.containsKey(entry.getKey())) {
                table.markSent(mail.id(), now);
                sent++;
                continue;
            }
            int attempts = mail.attempts() + 1;
            Optional<Instant> next = retry.next(attempts, now);
            table.markAttemptFailed(mail.id(), attempts, next.orElse(null), failed.get(entry.getKey()));
            if (next.isPresent()) {
                retried++;
            } else {
                givenUp++;
                log.warn("e-mail of notice {} failed {} times; given up", mail.id(), attempts);
            }
        }
        if (retried + givenUp > 0) {
            log.warn("e-mail: {} of {} failed (tried again later: {})", retried + givenUp, batch.size() - notSent,
                    retried);
        }
        return new Run(sent, notSent, retried, givenUp);
    }

    private MimeMessage message(JavaMailSender sender, PendingMail mail, UserContact contact)
            throws MessagingException {
        MailTexts.Mail text = texts.render(mail, contact.displayName(), contact.language());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.mailFrom());
        helper.setTo(contact.email());
        helper.setSubject(text.subject());
        helper.setText(text.body(), false);
        helper.setSentDate(java.util.Date.from(clock.instant()));
        return message;
    }

    /** Sends every message over one connection; returns those that failed, with their errors. */
    private static Map<Object, String> send(JavaMailSender sender, Collection<MimeMessage> messages) {
        Map<Object, String> failures = new HashMap<>();
        if (messages.isEmpty()) {
            return failures;
        }
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                messages.forEach(m -> failures.put(m, describe(e)));
            } else {
                e.getFailedMessages().forEach((m, error) -> failures.put(m, describe(error)));
            }
        } catch (MailException e) {
            // the server could not be reached or refused the sign-in: nothing went
            messages.forEach(m -> failures.put(m, describe(e)));
        }
        return failures;
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
