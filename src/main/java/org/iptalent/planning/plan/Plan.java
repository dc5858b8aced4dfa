package org.iptalent.planning.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;

/**
 * A plan: a named period of years with its indicators. It is prepared as a draft, comes into force (one plan at a
 * time: the one the dashboard shows) and is closed once its period is evaluated. A plan in force keeps every
 * indicator that has values; a closed plan is history and changes no more.
 */
@Entity
@Table(name = "plan")
public class Plan extends AbstractEntity {

    public enum Status { DRAFT, IN_FORCE, CLOSED }

    static final int NAME_LENGTH = 200;

    private String nameZh;
    private String nameEn;
    private int startsYear;
    private int endsYear;
    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;
    private boolean demonstration;
    private Long copiedFromId;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Indicator> indicators = new ArrayList<>();

    protected Plan() {
    }

    public Plan(String nameZh, String nameEn, int startsYear, int endsYear, boolean demonstration) {
        this.demonstration = demonstration;
        describe(nameZh, nameEn, startsYear, endsYear);
    }

    /** Names and period; the period cannot leave out a target year an indicator already has. */
    public void describe(String nameZh, String nameEn, int startsYear, int endsYear) {
        requireOpen();
        if (nameZh == null || nameZh.isBlank()) {
            throw new BusinessRuleException("nameZh", "planning.plan.nameRequired");
        }
        if (nameZh.strip().length() > NAME_LENGTH || nameEn != null && nameEn.strip().length() > NAME_LENGTH) {
            throw new BusinessRuleException("nameZh", "planning.plan.nameTooLong", NAME_LENGTH);
        }
        if (startsYear < 2000 || startsYear > 2100 || endsYear < startsYear || endsYear - startsYear > 10) {
            throw new BusinessRuleException("endsYear", "planning.plan.periodInvalid");
        }
        for (Indicator indicator : indicators) {
            if (indicator.getTargetYear() < startsYear || indicator.getTargetYear() > endsYear) {
                throw new BusinessRuleException(null, "planning.plan.periodLeavesTarget", indicator.getNameZh(),
                        String.valueOf(indicator.getTargetYear()));
            }
        }
        this.nameZh = nameZh.trim();
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameZh : nameEn.trim();
        this.startsYear = startsYear;
        this.endsYear = endsYear;
    }

    /** A copy as a new draft for another period: the same indicators (target years moved to its last year). */
    public Plan copy(String nameZh, String nameEn, int startsYear, int endsYear, boolean demonstration) {
        Plan copy = new Plan(nameZh, nameEn, startsYear, endsYear, demonstration);
        copy.copiedFromId = getId();
        for (Indicator indicator : sortedIndicators()) {
            copy.indicators.add(indicator.copyInto(copy, endsYear));
        }
        return copy;
    }

    public Indicator add(IndicatorSpec spec) {
        requireOpen();
        if (find(spec.code()).isPresent()) {
            throw new BusinessRuleException("code", "planning.indicator.codeTaken", spec.code());
        }
        int position = indicators.stream().filter(i -> i.getKind() == spec.kind()).mapToInt(Indicator::getPosition)
                .max().orElse(0) + 1;
        Indicator indicator = new Indicator(this, spec.kind(), position);
        indicator.change(spec);
        indicators.add(indicator);
        return indicator;
    }

    /** Removes an indicator; a plan in force keeps one that has values (its history is the plan's record). */
    public void remove(Indicator indicator, boolean hasValues) {
        requireOpen();
        if (status == Status.IN_FORCE && hasValues) {
            throw new BusinessRuleException(null, "planning.indicator.hasValues", indicator.getNameZh());
        }
        indicators.remove(indicator);
    }

    public void bringIntoForce() {
        if (status != Status.DRAFT) {
            throw new BusinessRuleException(null, "planning.plan.notDraft");
        }
        if (indicators.isEmpty()) {
            throw new BusinessRuleException(null, "planning.plan.noIndicators");
        }
        status = Status.IN_FORCE;
    }

    public void close() {
        if (status != Status.IN_FORCE) {
            throw new BusinessRuleException(null, "planning.plan.notInForce");
        }
        status = Status.CLOSED;
    }

    void requireOpen() {
        if (status == Status.CLOSED) {
            throw new BusinessRuleException(null, "planning.plan.closed");
        }
    }

    public Optional<Indicator> find(String code) {
        return indicators.stream().filter(i -> i.getCode().equals(code)).findFirst();
    }

    public Optional<Indicator> indicator(long id) {
        return indicators.stream().filter(i -> i.getId() != null && i.getId() == id).findFirst();
    }

    /** Main indicators first, each kind in its order. */
    public List<Indicator> sortedIndicators() {
        return indicators.stream().sorted(Comparator.comparing(Indicator::getKind)
                .thenComparingInt(Indicator::getPosition)).toList();
    }

    public boolean covers(int year) {
        return year >= startsYear && year <= endsYear;
    }

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getStartsYear() {
        return startsYear;
    }

    public int getEndsYear() {
        return endsYear;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isDemonstration() {
        return demonstration;
    }

    public Long getCopiedFromId() {
        return copiedFromId;
    }
}
