package org.iptalent.expert.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.iptalent.expert.pool.Appointment;
import org.iptalent.expert.pool.Expert.Availability;
import org.iptalent.expert.pool.Expert.Duty;
import org.iptalent.expert.pool.ExpertProfile;
import org.springframework.format.annotation.DateTimeFormat;

/** The appointment form: a registry talent, the term, and the profile; IPC classes typed comma-separated. */
public class AppointForm {

    private Long talentId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termStartsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termEndsOn;
    private Set<String> categories = new LinkedHashSet<>();
    private String ipcClasses;
    private Set<Duty> duties = new LinkedHashSet<>();
    private Availability availability = Availability.AVAILABLE;
    private String languages;
    private String achievements;

    static AppointForm starting(LocalDate today) {
        AppointForm form = new AppointForm();
        form.termStartsOn = today;
        form.termEndsOn = today.plusYears(3).minusDays(1);
        return form;
    }

    Appointment appointment() {
        Set<String> ipc = ipcClasses == null ? Set.of()
                : Arrays.stream(ipcClasses.split("[,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
        return new Appointment(talentId, termStartsOn, termEndsOn, new ExpertProfile(categories, ipc, duties,
                blankToNull(languages), availability, blankToNull(achievements)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getTalentId() {
        return talentId;
    }

    public void setTalentId(Long talentId) {
        this.talentId = talentId;
    }

    public LocalDate getTermStartsOn() {
        return termStartsOn;
    }

    public void setTermStartsOn(LocalDate termStartsOn) {
        this.termStartsOn = termStartsOn;
    }

    public LocalDate getTermEndsOn() {
        return termEndsOn;
    }

    public void setTermEndsOn(LocalDate termEndsOn) {
        this.termEndsOn = termEndsOn;
    }

    public Set<String> getCategories() {
        return categories;
    }

    public void setCategories(Set<String> categories) {
        this.categories = categories == null ? new LinkedHashSet<>() : categories;
    }

    public String getIpcClasses() {
        return ipcClasses;
    }

    public void setIpcClasses(String ipcClasses) {
        this.ipcClasses = ipcClasses;
    }

    public Set<Duty> getDuties() {
        return duties;
    }

    public void setDuties(Set<Duty> duties) {
        this.duties = duties == null ? new LinkedHashSet<>() : duties;
    }

    public Availability getAvailability() {
        return availability;
    }

    public void setAvailability(Availability availability) {
        this.availability = availability;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getAchievements() {
        return achievements;
    }

    public void setAchievements(String achievements) {
        this.achievements = achievements;
    }
}
