package org.iptalent.planning.target.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.ConflictException;

/** A plan's figures as of a month, published to the public by the national office until it withdraws them. */
@Entity
@Table(name = "plan_publication")
class PlanPublication extends AbstractEntity {

    private long planId;
    private LocalDate month;
    private Long publishedBy;
    private Instant publishedAt;
    private Long withdrawnBy;
    private Instant withdrawnAt;

    protected PlanPublication() {
    }

    PlanPublication(long planId, YearMonth month, Long publishedBy, Instant publishedAt) {
        this.planId = planId;
        this.month = month.atDay(1);
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    void withdraw(long userId, Instant at) {
        if (withdrawnAt != null) {
            throw new ConflictException("planning.publication.alreadyWithdrawn");
        }
        withdrawnBy = userId;
        withdrawnAt = at;
    }

    long getPlanId() {
        return planId;
    }

    YearMonth getMonth() {
        return YearMonth.from(month);
    }

    Long getPublishedBy() {
        return publishedBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
