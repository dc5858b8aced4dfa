package org.iptalent.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.Changes;
import org.iptalent.identity.EmailChanged;
import org.iptalent.identity.UserContact;
import org.iptalent.identity.UserContacts;
import org.iptalent.platform.FieldCipher;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.Masks;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's address for notices (encrypted at rest, shown masked) and the language of their e-mails. A change of
 * address is audited and published ({@link EmailChanged}), so the user hears of it whoever made it.
 */
@Service
public class ContactDetails implements UserContacts {

    /** The account page's view of the signed-in user's own details. */
    public record Own(String emailMasked, String language) {
    }

    private final UserAccounts users;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ContactDetails(UserAccounts users, FieldCipher cipher, AuditLog audit, ApplicationEventPublisher events) {
        this.users = users;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserContact> contactOf(long userId) {
        return users.findById(userId).map(this::contact);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, UserContact> contactsOf(Collection<Long> userIds) {
        Map<Long, UserContact> contacts = new HashMap<>();
        users.findAllById(userIds).forEach(account -> contacts.put(account.getId(), contact(account)));
        return contacts;
    }

    @Transactional(readOnly = true)
    public Own own() {
        UserAccount account = signedIn();
        return new Own(account.getEmailMasked(), account.getLanguage() == null ? "zh-CN" : account.getLanguage());
    }

    /**
     * The signed-in user sets their own address ({@code email}; blank keeps it unless {@code remove}) and the
     * language of their e-mails.
     */
    @Transactional
    public void changeOwn(String email, boolean remove, String language) {
        String address = EmailAddresses.normalise("email", email);
        String tag = EmailAddresses.language("language", language);
        UserAccount account = signedIn();
        if (address != null || remove) {
            change(account, address);
        }
        if (tag != null && !Objects.equals(tag, account.getLanguage())) {
            audit.record(AuditEvent.of(AuditAction.UPDATE, "User", account.getId()).region(account.getRegionCode())
                    .changes(Changes.of().field("language", account.getLanguage(), tag)));
            account.changeLanguage(tag);
        }
        users.saveAndFlush(account);
    }

    /** Sets the account's address (null removes it): encrypted, audited masked, published. Nothing if unchanged. */
    void change(UserAccount account, String address) {
        String current = cipher.decrypt(account.getEmailCipher());
        if (Objects.equals(current, address)) {
            return;
        }
        String oldMasked = account.getEmailMasked();
        String newMasked = Masks.email(address);
        account.changeEmail(cipher.encrypt(address), newMasked);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "User", account.getId()).region(account.getRegionCode())
                .changes(Changes.of().field("email", oldMasked, newMasked)));
        events.publishEvent(new EmailChanged(account.getId(), oldMasked, newMasked));
    }

    private UserAccount signedIn() {
        long id = CurrentUser.require().id();
        return users.findById(id).orElseThrow(() -> new RecordNotFoundException("User", id));
    }

    private UserContact contact(UserAccount account) {
        return new UserContact(account.getId(), account.getDisplayName(), cipher.decrypt(account.getEmailCipher()),
                EmailAddresses.locale(account.getLanguage()));
    }
}
