package org.iptalent.planning.task.web;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.planning.task.PlanTask;
import org.iptalent.planning.task.TaskInput;

/** The task form's fields, as the page binds them (the provinces as check boxes). */
public class TaskForm {

    private PlanTask.Kind kind = PlanTask.Kind.MAIN_TASK;
    private Integer number;
    private String titleZh;
    private String titleEn;
    private String descriptionZh;
    private String descriptionEn;
    private String departmentZh;
    private String departmentEn;
    private List<String> regions = new ArrayList<>();
    private long version;

    static TaskForm of(PlanTask task) {
        TaskInput input = task.input();
        TaskForm form = new TaskForm();
        form.kind = input.kind();
        form.number = input.number();
        form.titleZh = input.titleZh();
        form.titleEn = input.titleEn();
        form.descriptionZh = input.descriptionZh();
        form.descriptionEn = input.descriptionEn();
        form.departmentZh = input.departmentZh();
        form.departmentEn = input.departmentEn();
        form.regions = new ArrayList<>(input.regions());
        form.version = task.getVersion();
        return form;
    }

    TaskInput input() {
        return new TaskInput(kind, number, titleZh, titleEn, descriptionZh, descriptionEn, departmentZh, departmentEn,
                regions);
    }

    public PlanTask.Kind getKind() {
        return kind;
    }

    public void setKind(PlanTask.Kind kind) {
        this.kind = kind;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDepartmentZh() {
        return departmentZh;
    }

    public void setDepartmentZh(String departmentZh) {
        this.departmentZh = departmentZh;
    }

    public String getDepartmentEn() {
        return departmentEn;
    }

    public void setDepartmentEn(String departmentEn) {
        this.departmentEn = departmentEn;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : regions;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
