package org.iptalent.planning.report.web;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.iptalent.planning.report.Correction;
import org.springframework.format.annotation.DateTimeFormat;

/** The page's form for a correction of a computed indicator's month. */
public class CorrectionForm {

    private String regionCode;
    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth month;
    private BigDecimal value;
    private String reason;

    Correction correction() {
        return new Correction(regionCode, month, value, reason);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
