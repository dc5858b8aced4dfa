package org.iptalent.planning.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;

/**
 * A main task or key project of a plan: its number as the plan writes it (III(2), IV(3)), its title and description,
 * the department leading it and the provinces responsible for it, each of which reports on it every period.
 */
@Entity
@Table(name = "plan_task")
public class PlanTask extends AbstractEntity {

    /** MAIN_TASK: a main task (the plan's section III); KEY_PROJECT: a key project (section IV). */
    public enum Kind {
        MAIN_TASK("III"), KEY_PROJECT("IV");

        private final String section;

        Kind(String section) {
            this.section = section;
        }

        public String section() {
            return section;
        }
    }

    private long planId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private int number;
    private String titleZh;
    private String titleEn;
    private String descriptionZh;
    private String descriptionEn;
    private String departmentZh;
    private String departmentEn;

    @ElementCollection
    @CollectionTable(name = "plan_task_region", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "region_code")
    private Set<String> regions = new TreeSet<>();

    protected PlanTask() {
    }

    PlanTask(long planId, TaskInput input) {
        this.planId = planId;
        change(input);
    }

    /** Takes what a checked input says ({@link TaskRules#check}). */
    void change(TaskInput input) {
        this.kind = input.kind();
        this.number = input.number();
        this.titleZh = input.titleZh().strip();
        this.titleEn = input.titleEn().strip();
        this.descriptionZh = input.descriptionZh().strip();
        this.descriptionEn = TaskRules.blankToNull(input.descriptionEn());
        this.departmentZh = input.departmentZh().strip();
        this.departmentEn = TaskRules.blankToNull(input.departmentEn());
        this.regions.clear();
        this.regions.addAll(input.regions());
    }

    /** The same task for another plan (a plan copied). */
    PlanTask copyFor(long otherPlanId) {
        return new PlanTask(otherPlanId, input());
    }

    public TaskInput input() {
        return new TaskInput(kind, number, titleZh, titleEn, descriptionZh, descriptionEn, departmentZh, departmentEn,
                List.copyOf(new TreeSet<>(regions)));
    }

    /** The number as the plan writes it: III(2) for the second main task, IV(3) for the third key project. */
    public String label() {
        return kind.section() + "(" + number + ")";
    }

    public String title(boolean english) {
        return english ? titleEn : titleZh;
    }

    public String description(boolean english) {
        return english && descriptionEn != null ? descriptionEn : descriptionZh;
    }

    public String department(boolean english) {
        return english && departmentEn != null ? departmentEn : departmentZh;
    }

    public boolean isResponsible(String regionCode) {
        return regions.contains(regionCode);
    }

    public long getPlanId() {
        return planId;
    }

    public Kind getKind() {
        return kind;
    }

    public int getNumber() {
        return number;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    /** The responsible regions in code order. */
    public List<String> getRegions() {
        return new ArrayList<>(new TreeSet<>(regions));
    }
}
