package org.iptalent.publicnotice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.iptalent.publicnotice.PublicNoticeDraft;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.RegionScoped;

/** A published notice: never changed once published, its objections kept beside it. */
@Entity
@Table(name = "public_notice")
public class PublicNotice extends AbstractEntity implements RegionScoped {

    static final int TOPIC_LENGTH = 40;
    static final int SOURCE_LENGTH = 100;
    static final int TITLE_LENGTH = 200;
    static final int BODY_LENGTH = 4000;

    private String topic;
    @Column(name = "source_reference")
    private String sourceReference;
    @Column(name = "region_code")
    private String regionCode;
    private String title;
    private String body;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;
    @Column(name = "published_by")
    private long publishedBy;
    @Column(name = "entry_count")
    private int entryCount;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<NoticeEntry> entries = new ArrayList<>();

    protected PublicNotice() {
    }

    /** A notice of a draft already checked ({@link NoticeRules}). */
    PublicNotice(PublicNoticeDraft draft, long publishedBy) {
        this.topic = draft.topic().strip();
        this.sourceReference = NoticeRules.blankToNull(draft.sourceReference());
        this.regionCode = draft.regionCode();
        this.title = draft.title().strip();
        this.body = NoticeRules.blankToNull(draft.body());
        this.opensOn = draft.opensOn();
        this.closesOn = draft.closesOn();
        this.publishedBy = publishedBy;
        int position = 0;
        for (PublicNoticeDraft.Entry entry : draft.entries()) {
            entries.add(new NoticeEntry(this, position++, entry));
        }
        this.entryCount = entries.size();
    }

    /** Objections are taken from the first day to the last, inclusive. */
    public boolean isOpen(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    /** Closed from the day after its last: what it published may then become final. */
    public boolean isClosed(LocalDate today) {
        return today.isAfter(closesOn);
    }

    /** Shown to the public from its first day on. */
    public boolean isPublic(LocalDate today) {
        return !today.isBefore(opensOn);
    }

    public String getTopic() {
        return topic;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public long getPublishedBy() {
        return publishedBy;
    }

    public int getEntryCount() {
        return entryCount;
    }

    public List<NoticeEntry> getEntries() {
        return Collections.unmodifiableList(entries);
    }
}
