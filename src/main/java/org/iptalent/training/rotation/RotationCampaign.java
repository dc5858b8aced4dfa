package org.iptalent.training.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScoped;

/**
 * A rotation training campaign: every member of a cohort of one region trained once within a cycle. It is launched
 * when created (its cohort snapshotted into its members), runs through its cycle, and after the cycle's end its
 * coverage is final and nothing more is assigned or reminded.
 */
@Entity
@Table(name = "rotation_campaign")
public class RotationCampaign extends AbstractEntity implements RegionScoped {

    public enum Phase {
        UPCOMING, RUNNING, ENDED
    }

    static final int MAX_NAME = 200;

    private String name;
    /** The province or city whose cohort it trains; null for a national campaign. */
    private String regionCode;
    private LocalDate cycleStart;
    private LocalDate cycleEnd;
    @Column(name = "cohort_filter", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String cohortFilter;
    private Instant launchedAt;
    private Long launchedBy;
    private Instant membersAt;

    protected RotationCampaign() {
    }

    /** A campaign launched now: its cycle may not have ended already. */
    public RotationCampaign(String name, String regionCode, LocalDate cycleStart, LocalDate cycleEnd,
            String cohortFilter, Long launchedBy, Instant at, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new Problem("name", "field.required"));
        } else if (name.trim().length() > MAX_NAME) {
            problems.add(new Problem("name", "rotation.campaign.nameTooLong", List.of(MAX_NAME)));
        }
        problems.addAll(cycleProblems(cycleStart, cycleEnd, today));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.name = name.trim();
        this.regionCode = regionCode;
        this.cycleStart = cycleStart;
        this.cycleEnd = cycleEnd;
        this.cohortFilter = cohortFilter;
        this.launchedBy = launchedBy;
        this.launchedAt = at;
        this.membersAt = at;
    }

    /** What is wrong with a cycle: missing dates, an end before the start, or an end already past. */
    static List<Problem> cycleProblems(LocalDate start, LocalDate end, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (start == null) {
            problems.add(new Problem("cycleStart", "field.required"));
        }
        if (end == null) {
            problems.add(new Problem("cycleEnd", "field.required"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new Problem("cycleEnd", "rotation.campaign.cycleReversed"));
        } else if (end != null && end.isBefore(today)) {
            problems.add(new Problem("cycleEnd", "rotation.campaign.cycleOver"));
        }
        return problems;
    }

    public Phase phase(LocalDate today) {
        if (today.isBefore(cycleStart)) {
            return Phase.UPCOMING;
        }
        return today.isAfter(cycleEnd) ? Phase.ENDED : Phase.RUNNING;
    }

    public boolean ended(LocalDate today) {
        return phase(today) == Phase.ENDED;
    }

    /** Members are assigned, added and reminded only until the cycle ends. */
    public void requireOpen(LocalDate today) {
        if (ended(today)) {
            throw new BusinessRuleException(null, "rotation.campaign.ended", cycleEnd.toString());
        }
    }

    /** The cohort's search ran again and added its new matches. */
    void membersAdded(Instant at) {
        this.membersAt = at;
    }

    public String getName() {
        return name;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getCycleStart() {
        return cycleStart;
    }

    public LocalDate getCycleEnd() {
        return cycleEnd;
    }

    public String getCohortFilter() {
        return cohortFilter;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public Long getLaunchedBy() {
        return launchedBy;
    }

    public Instant getMembersAt() {
        return membersAt;
    }
}
