package org.iptalent.expert.thinktank;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.iptalent.shared.AbstractEntity;

/**
 * A think tank's published report: title, abstract, the topic it came from, the day it was published and its file
 * (an id of the platform's uploaded files). Indexed whole by {@link ReportDocument}.
 */
@Entity
@Table(name = "think_tank_report")
@Indexed(index = ReportDocument.INDEX)
@TypeBinding(binder = @TypeBinderRef(type = ReportDocument.class))
public class ThinkTankReport extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "think_tank_id", nullable = false, updatable = false)
    private ThinkTank thinkTank;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_id", updatable = false)
    private ResearchTopic topic;
    private String title;
    @Column(name = "abstract")
    private String abstractText;
    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;
    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;
    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    protected ThinkTankReport() {
    }

    ThinkTankReport(ThinkTank thinkTank, ResearchTopic topic, String title, String abstractText,
            LocalDate publishedOn, long fileId, long uploadedBy) {
        this.thinkTank = thinkTank;
        this.topic = topic;
        this.title = title.strip();
        this.abstractText = abstractText.strip();
        this.publishedOn = publishedOn;
        this.fileId = fileId;
        this.uploadedBy = uploadedBy;
    }

    public ThinkTank getThinkTank() {
        return thinkTank;
    }

    public ResearchTopic getTopic() {
        return topic;
    }

    public String getTitle() {
        return title;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public long getFileId() {
        return fileId;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }
}
