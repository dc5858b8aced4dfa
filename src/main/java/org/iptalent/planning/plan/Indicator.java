package org.iptalent.planning.plan;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.iptalent.planning.IndicatorUnit;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;

/**
 * One quantified commitment of a plan: a target in a unit for a year, which way counts as meeting it, whether the
 * plan makes it binding, and where its value comes from: a source a module computes, or values reported by hand
 * with evidence.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends AbstractEntity {

    /** MAIN: the plan's table of main indicators; OTHER: a quantified commitment of its text. */
    public enum Kind { MAIN, OTHER }

    /** Which side of the target meets it; ABOUT is met within {@link #ABOUT_TOLERANCE} of it. */
    public enum Direction { AT_LEAST, AT_MOST, ABOUT }

    /** The plan's own words: anticipatory (预期性) or binding (约束性). */
    public enum Attribute { ANTICIPATORY, BINDING }

    public enum SourceKind { COMPUTED, REPORTED }

    /** "About 4,000" is met between 90 % and 110 % of it. */
    public static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.10");

    private static final BigDecimal MAX = new BigDecimal("999999999999");
    private static final int NOTE_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;
    private String code;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private int position;
    private String nameZh;
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;
    private BigDecimal target;
    private int targetYear;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    private Attribute attribute;
    private BigDecimal baseline;
    @Enumerated(EnumType.STRING)
    private SourceKind sourceKind;
    private String sourceCode;
    private String noteZh;
    private String noteEn;

    protected Indicator() {
    }

    Indicator(Plan plan, Kind kind, int position) {
        this.plan = plan;
        this.kind = kind;
        this.position = position;
    }

    /** Sets what the indicator is; the code and kind stay as created. */
    public void change(IndicatorSpec spec) {
        plan.requireOpen();
        if (code == null) {
            if (spec.code() == null || !spec.code().matches("[a-z][a-z0-9-]{0,39}")) {
                throw new BusinessRuleException("code", "planning.indicator.codeInvalid");
            }
            code = spec.code();
        }
        if (spec.nameZh() == null || spec.nameZh().isBlank()) {
            throw new BusinessRuleException("nameZh", "planning.indicator.nameRequired");
        }
        if (longer(spec.nameZh(), Plan.NAME_LENGTH) || longer(spec.nameEn(), Plan.NAME_LENGTH)) {
            throw new BusinessRuleException("nameZh", "planning.indicator.nameTooLong", Plan.NAME_LENGTH);
        }
        if (longer(spec.noteZh(), NOTE_LENGTH) || longer(spec.noteEn(), NOTE_LENGTH)) {
            throw new BusinessRuleException("noteZh", "planning.indicator.noteTooLong", NOTE_LENGTH);
        }
        if (spec.unit() == null || spec.direction() == null || spec.attribute() == null) {
            throw new BusinessRuleException(null, "planning.indicator.incomplete");
        }
        if (spec.target() == null || spec.target().signum() < 0 || spec.target().compareTo(MAX) > 0
                || (spec.baseline() != null && (spec.baseline().signum() < 0 || spec.baseline().compareTo(MAX) > 0))) {
            throw new BusinessRuleException("target", "planning.indicator.targetInvalid");
        }
        if (!fits(spec.unit(), spec.target()) || spec.baseline() != null && !fits(spec.unit(), spec.baseline())) {
            throw new BusinessRuleException("target", "planning.indicator.targetShape");
        }
        if (!plan.covers(spec.targetYear())) {
            // years as text: a number argument would be written 2,030
            throw new BusinessRuleException("targetYear", "planning.indicator.targetYearOutsidePeriod",
                    String.valueOf(spec.targetYear()), String.valueOf(plan.getStartsYear()),
                    String.valueOf(plan.getEndsYear()));
        }
        if (spec.sourceKind() == null
                || (spec.sourceKind() == SourceKind.COMPUTED && (spec.sourceCode() == null || spec.sourceCode().isBlank()))) {
            throw new BusinessRuleException("sourceCode", "planning.indicator.sourceRequired");
        }
        nameZh = spec.nameZh().trim();
        nameEn = spec.nameEn() == null || spec.nameEn().isBlank() ? nameZh : spec.nameEn().trim();
        unit = spec.unit();
        target = spec.target();
        targetYear = spec.targetYear();
        direction = spec.direction();
        attribute = spec.attribute();
        baseline = spec.baseline();
        sourceKind = spec.sourceKind();
        sourceCode = sourceKind == SourceKind.COMPUTED ? spec.sourceCode().trim() : null;
        noteZh = blankToNull(spec.noteZh());
        noteEn = blankToNull(spec.noteEn());
    }

    Indicator copyInto(Plan other, int newTargetYear) {
        Indicator copy = new Indicator(other, kind, position);
        copy.code = code;
        copy.nameZh = nameZh;
        copy.nameEn = nameEn;
        copy.unit = unit;
        copy.target = target;
        copy.targetYear = newTargetYear;
        copy.direction = direction;
        copy.attribute = attribute;
        copy.sourceKind = sourceKind;
        copy.sourceCode = sourceCode;
        copy.noteZh = noteZh;
        copy.noteEn = noteEn;
        return copy;
    }

    public IndicatorSpec spec() {
        return new IndicatorSpec(code, kind, nameZh, nameEn, unit, target, targetYear, direction, attribute, baseline,
                sourceKind, sourceCode, noteZh, noteEn);
    }

    /**
     * How far a value is towards the target, in percent: for AT_LEAST value / target, for AT_MOST target / value, for
     * ABOUT the closeness (100 at the target, less either side). Null without a value.
     */
    public BigDecimal progress(BigDecimal value) {
        return Progress.percent(direction, value, target);
    }

    /** Whether a value meets the target the way the plan means it. */
    public boolean met(BigDecimal value) {
        return Progress.met(direction, value, target);
    }

    /** Whole persons and items, two decimals at most, a rate or a score up to 100. */
    private static boolean fits(IndicatorUnit unit, BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return switch (unit) {
            case PERSONS, ITEMS -> plain.scale() <= 0;
            case PERCENT, SCORE -> plain.scale() <= 2 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
            case TEN_THOUSAND_PERSONS -> plain.scale() <= 2;
        };
    }

    private static boolean longer(String text, int length) {
        return text != null && text.strip().length() > length;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }

    public String note(boolean english) {
        return english && noteEn != null ? noteEn : noteZh;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public IndicatorUnit getUnit() {
        return unit;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public int getTargetYear() {
        return targetYear;
    }

    public Direction getDirection() {
        return direction;
    }

    public Attribute getAttribute() {
        return attribute;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public SourceKind getSourceKind() {
        return sourceKind;
    }

    public String getSourceCode() {
        return sourceCode;
    }
}
