package org.iptalent.publicnotice.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.iptalent.publicnotice.PublicNoticeDraft;

/** One person a notice lists: the caller's reference and what the public sees (name, employer, a detail). */
@Entity
@Table(name = "public_notice_entry")
public class NoticeEntry {

    static final int REFERENCE_LENGTH = 100;
    static final int NAME_LENGTH = 100;
    static final int EMPLOYER_LENGTH = 200;
    static final int DETAIL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id")
    private PublicNotice notice;
    private int position;
    private String reference;
    private String name;
    private String employer;
    private String detail;

    protected NoticeEntry() {
    }

    NoticeEntry(PublicNotice notice, int position, PublicNoticeDraft.Entry entry) {
        this.notice = notice;
        this.position = position;
        this.reference = entry.reference().strip();
        this.name = entry.name().strip();
        this.employer = NoticeRules.blankToNull(entry.employer());
        this.detail = NoticeRules.blankToNull(entry.detail());
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getReference() {
        return reference;
    }

    public String getName() {
        return name;
    }

    public String getEmployer() {
        return employer;
    }

    public String getDetail() {
        return detail;
    }
}
