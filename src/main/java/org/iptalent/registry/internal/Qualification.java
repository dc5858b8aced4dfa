package org.iptalent.registry.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.iptalent.shared.AbstractEntity;

/** A qualification or certificate a talent holds: a patent-agent licence, a title, a lawyer's licence … */
@Entity
@Table(name = "qualification")
public class Qualification extends AbstractEntity {

    public enum Verification { UNVERIFIED, VERIFIED, REJECTED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "talent_id")
    private Talent talent;
    @KeywordField(aggregable = Aggregable.YES)
    private String type;
    private String titleLevel;
    private String number;
    private String issuer;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Verification verification = Verification.UNVERIFIED;

    protected Qualification() {
    }

    Qualification(Talent talent, String type, String titleLevel, String number, String issuer, LocalDate issuedOn,
            LocalDate expiresOn) {
        this.talent = talent;
        this.type = type;
        this.titleLevel = titleLevel;
        this.number = number;
        this.issuer = issuer;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
    }

    public boolean isExpired(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    public Talent getTalent() {
        return talent;
    }

    public String getType() {
        return type;
    }

    public String getTitleLevel() {
        return titleLevel;
    }

    public String getNumber() {
        return number;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Verification getVerification() {
        return verification;
    }
}
