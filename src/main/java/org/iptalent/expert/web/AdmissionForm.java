package org.iptalent.expert.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.iptalent.expert.admission.AdmissionInput;
import org.iptalent.expert.pool.Expert.Duty;

/** An application's form (a nomination names the talent; a self-application does not): IPC classes comma-separated. */
public class AdmissionForm {

    private Long talentId;
    private Set<String> categories = new LinkedHashSet<>();
    private String ipcClasses;
    private Set<Duty> duties = new LinkedHashSet<>();
    private String statement;

    AdmissionInput input() {
        Set<String> ipc = ipcClasses == null ? Set.of()
                : Arrays.stream(ipcClasses.split("[,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
        return new AdmissionInput(talentId, categories, ipc, duties, statement);
    }

    public Long getTalentId() {
        return talentId;
    }

    public void setTalentId(Long talentId) {
        this.talentId = talentId;
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

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
