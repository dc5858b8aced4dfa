package org.iptalent.planning.report.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.iptalent.planning.report.Submission;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The page's form for a reported value with its evidence file. */
public class SubmissionForm {

    private String regionCode;
    private BigDecimal value;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate asOf;
    private String note;
    private MultipartFile evidence;

    Submission submission() {
        return new Submission(regionCode, value, asOf, note);
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public MultipartFile getEvidence() {
        return evidence;
    }

    public void setEvidence(MultipartFile evidence) {
        this.evidence = evidence;
    }
}
