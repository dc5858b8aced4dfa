package org.iptalent.publicnotice.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.AbstractEntity;

/**
 * An objection raised against one entry of a notice, by anyone: the objector's name and contact kept encrypted. It
 * counts against the entry until the administration dismisses it, with a reason, once.
 */
@Entity
@Table(name = "public_notice_objection")
public class Objection extends AbstractEntity {

    static final int NAME_LENGTH = 50;
    static final int CONTACT_LENGTH = 100;
    static final int REASON_LENGTH = 1000;
    static final int DISMISSAL_LENGTH = 500;

    @Column(name = "notice_id")
    private long noticeId;
    @Column(name = "entry_id")
    private long entryId;
    /** Encrypted (FieldCipher). */
    @Column(name = "objector_name")
    private String objectorName;
    /** Encrypted (FieldCipher). */
    private String contact;
    @Column(name = "contact_hash")
    private String contactHash;
    private String reason;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "dismissed_at")
    private Instant dismissedAt;
    @Column(name = "dismissed_by")
    private Long dismissedBy;
    @Column(name = "dismissal_reason")
    private String dismissalReason;

    protected Objection() {
    }

    Objection(long noticeId, long entryId, String encryptedName, String encryptedContact, String contactHash,
            String reason, Instant raisedAt) {
        this.noticeId = noticeId;
        this.entryId = entryId;
        this.objectorName = encryptedName;
        this.contact = encryptedContact;
        this.contactHash = contactHash;
        this.reason = reason;
        this.raisedAt = raisedAt;
    }

    void dismiss(String why, long byUserId, Instant at) {
        if (dismissedAt != null) {
            throw new BusinessRuleException(null, "publicnotice.objection.alreadyDismissed");
        }
        this.dismissalReason = why;
        this.dismissedBy = byUserId;
        this.dismissedAt = at;
    }

    public boolean isDismissed() {
        return dismissedAt != null;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getObjectorName() {
        return objectorName;
    }

    public String getContact() {
        return contact;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getDismissedAt() {
        return dismissedAt;
    }

    public String getDismissalReason() {
        return dismissalReason;
    }
}
