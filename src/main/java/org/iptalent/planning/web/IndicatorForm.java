package org.iptalent.planning.web;

import java.math.BigDecimal;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.IndicatorSpec;

/** The indicator form as it is posted; the entity checks it. */
public class IndicatorForm {

    private String code;
    private Indicator.Kind kind = Indicator.Kind.MAIN;
    private String nameZh;
    private String nameEn;
    private IndicatorUnit unit;
    private BigDecimal target;
    private Integer targetYear;
    private Indicator.Direction direction = Indicator.Direction.AT_LEAST;
    private Indicator.Attribute attribute = Indicator.Attribute.ANTICIPATORY;
    private BigDecimal baseline;
    private Indicator.SourceKind sourceKind = Indicator.SourceKind.COMPUTED;
    private String sourceCode;
    private String noteZh;
    private String noteEn;
    private long version;

    static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        IndicatorSpec spec = indicator.spec();
        form.code = spec.code();
        form.kind = spec.kind();
        form.nameZh = spec.nameZh();
        form.nameEn = spec.nameEn();
        form.unit = spec.unit();
        form.target = spec.target();
        form.targetYear = spec.targetYear();
        form.direction = spec.direction();
        form.attribute = spec.attribute();
        form.baseline = spec.baseline();
        form.sourceKind = spec.sourceKind();
        form.sourceCode = spec.sourceCode();
        form.noteZh = spec.noteZh();
        form.noteEn = spec.noteEn();
        form.version = indicator.getVersion();
        return form;
    }

    IndicatorSpec spec() {
        return new IndicatorSpec(code == null ? null : code.trim(), kind, nameZh, nameEn, unit, target,
                targetYear == null ? 0 : targetYear, direction, attribute, baseline, sourceKind, sourceCode, noteZh,
                noteEn);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Indicator.Kind getKind() { return kind; }
    public void setKind(Indicator.Kind kind) { this.kind = kind; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public IndicatorUnit getUnit() { return unit; }
    public void setUnit(IndicatorUnit unit) { this.unit = unit; }
    public BigDecimal getTarget() { return target; }
    public void setTarget(BigDecimal target) { this.target = target; }
    public Integer getTargetYear() { return targetYear; }
    public void setTargetYear(Integer targetYear) { this.targetYear = targetYear; }
    public Indicator.Direction getDirection() { return direction; }
    public void setDirection(Indicator.Direction direction) { this.direction = direction; }
    public Indicator.Attribute getAttribute() { return attribute; }
    public void setAttribute(Indicator.Attribute attribute) { this.attribute = attribute; }
    public BigDecimal getBaseline() { return baseline; }
    public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
    public Indicator.SourceKind getSourceKind() { return sourceKind; }
    public void setSourceKind(Indicator.SourceKind sourceKind) { this.sourceKind = sourceKind; }
    public String getSourceCode() { return sourceCode; }
    public void setSourceCode(String sourceCode) { this.sourceCode = sourceCode; }
    public String getNoteZh() { return noteZh; }
    public void setNoteZh(String noteZh) { this.noteZh = noteZh; }
    public String getNoteEn() { return noteEn; }
    public void setNoteEn(String noteEn) { this.noteEn = noteEn; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
