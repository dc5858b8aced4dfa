package org.iptalent.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.iptalent.training.offering.ClassMode;
import org.iptalent.training.offering.ClassPlan;
import org.iptalent.training.offering.Filling;
import org.iptalent.training.offering.TrainingClass;
import org.springframework.format.annotation.DateTimeFormat;

/** The class form: a plan, plus the level and base a new class is for. */
public class ClassForm {

    private Long levelId;
    private Long baseId;
    private long version;
    private String title;
    private ClassMode mode = ClassMode.IN_PERSON;
    private Filling filling = Filling.ENROLLMENT;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private String place;
    private int capacity = 50;
    private String teachers;
    private String audience;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate enrollmentOpens;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate enrollmentCloses;
    private int minAttendancePercent = 80;
    private BigDecimal passMark;

    static ClassForm of(TrainingClass c) {
        ClassForm form = new ClassForm();
        form.levelId = c.getLevel().getId();
        form.baseId = c.getBaseId();
        form.version = c.getVersion();
        form.title = c.getTitle();
        form.mode = c.getMode();
        form.filling = c.getFilling();
        form.startsOn = c.getStartsOn();
        form.endsOn = c.getEndsOn();
        form.place = c.getPlace();
        form.capacity = c.getCapacity();
        form.teachers = c.getTeachers();
        form.audience = c.getAudience();
        form.enrollmentOpens = c.getEnrollmentOpens();
        form.enrollmentCloses = c.getEnrollmentCloses();
        form.minAttendancePercent = c.getMinAttendancePercent();
        form.passMark = c.getPassMark();
        return form;
    }

    ClassPlan plan() {
        return new ClassPlan(title, mode, filling, startsOn, endsOn, place, capacity, teachers, audience,
                enrollmentOpens, enrollmentCloses, minAttendancePercent, passMark);
    }

    public Long getLevelId() {
        return levelId;
    }

    public void setLevelId(Long levelId) {
        this.levelId = levelId;
    }

    public Long getBaseId() {
        return baseId;
    }

    public void setBaseId(Long baseId) {
        this.baseId = baseId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ClassMode getMode() {
        return mode;
    }

    public void setMode(ClassMode mode) {
        this.mode = mode;
    }

    public Filling getFilling() {
        return filling;
    }

    public void setFilling(Filling filling) {
        this.filling = filling;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public String getTeachers() {
        return teachers;
    }

    public void setTeachers(String teachers) {
        this.teachers = teachers;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public LocalDate getEnrollmentOpens() {
        return enrollmentOpens;
    }

    public void setEnrollmentOpens(LocalDate enrollmentOpens) {
        this.enrollmentOpens = enrollmentOpens;
    }

    public LocalDate getEnrollmentCloses() {
        return enrollmentCloses;
    }

    public void setEnrollmentCloses(LocalDate enrollmentCloses) {
        this.enrollmentCloses = enrollmentCloses;
    }

    public int getMinAttendancePercent() {
        return minAttendancePercent;
    }

    public void setMinAttendancePercent(int minAttendancePercent) {
        this.minAttendancePercent = minAttendancePercent;
    }

    public BigDecimal getPassMark() {
        return passMark;
    }

    public void setPassMark(BigDecimal passMark) {
        this.passMark = passMark;
    }
}
