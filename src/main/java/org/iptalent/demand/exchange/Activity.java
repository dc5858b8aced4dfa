package org.iptalent.demand.exchange;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An activity held under a pairing, with its figures; made only from what {@link PairingRules#activity} passed. */
@Entity
@Table(name = "exchange_activity")
public class Activity {

    public static final String ENTITY = "ExchangeActivity";

    /** Training given, a case assisted, a lecture, a consultation, a study visit. */
    public enum Kind {
        TRAINING, CASE_ASSISTANCE, LECTURE, CONSULTATION, VISIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "pairing_id")
    private long pairingId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "held_on")
    private LocalDate heldOn;
    @Column(name = "people_trained")
    private int peopleTrained;
    @Column(name = "cases_assisted")
    private int casesAssisted;
    private int hours;
    private String note;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Activity() {
    }

    Activity(long pairingId, PairingRules.CheckedActivity checked, Long createdBy, Instant now) {
        this.pairingId = pairingId;
        this.kind = checked.kind();
        this.heldOn = checked.heldOn();
        this.peopleTrained = checked.peopleTrained();
        this.casesAssisted = checked.casesAssisted();
        this.hours = checked.hours();
        this.note = checked.note();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPairingId() {
        return pairingId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public int getPeopleTrained() {
        return peopleTrained;
    }

    public int getCasesAssisted() {
        return casesAssisted;
    }

    public int getHours() {
        return hours;
    }

    public String getNote() {
        return note;
    }
}
