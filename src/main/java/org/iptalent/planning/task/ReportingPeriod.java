package org.iptalent.planning.task;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;

/**
 * One year of a plan, for which every responsible region reports on every task by its due date: the 31 January after
 * the year unless the national office moves it (within the following year).
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends AbstractEntity {

    private long planId;
    private int year;
    private LocalDate dueOn;

    protected ReportingPeriod() {
    }

    public static LocalDate defaultDue(int year) {
        return LocalDate.of(year + 1, 1, 31);
    }

    void moveDue(LocalDate date) {
        if (date == null) {
            throw new BusinessRuleException("dueOn", "field.required");
        }
        if (!date.isAfter(LocalDate.of(year, 12, 31)) || date.getYear() > year + 1) {
            throw new BusinessRuleException("dueOn", "planning.task.period.dueOutside", String.valueOf(year),
                    String.valueOf(year + 1));
        }
        this.dueOn = date;
    }

    /** Whether the year has begun, so that its reports may be written. */
    public boolean hasBegun(LocalDate today) {
        return today.getYear() >= year;
    }

    /** Whether the year is over, so that its reports are expected. */
    public boolean hasEnded(LocalDate today) {
        return today.getYear() > year;
    }

    /** Whether a report not submitted by now is late. */
    public boolean isOverdue(LocalDate today) {
        return today.isAfter(dueOn);
    }

    public long getPlanId() {
        return planId;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
