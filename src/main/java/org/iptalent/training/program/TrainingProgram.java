package org.iptalent.training.program;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;
import org.iptalent.shared.BusinessRuleException;

/**
 * A program: a series of progressive levels for one team (and, optionally, one category). Each level requires the
 * one below it, so a trainee climbs foundation, intermediate, advanced in order.
 */
@Entity
@Table(name = "training_program")
public class TrainingProgram extends AbstractEntity {

    private String title;
    private String team;
    private String category;
    private String description;
    /** Null for a national program, else the region that runs it. */
    private String ownerRegion;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ProgramLevel> levels = new ArrayList<>();

    protected TrainingProgram() {
    }

    public TrainingProgram(String title, String team, String category, String description, String ownerRegion) {
        this.ownerRegion = ownerRegion;
        describe(title, team, category, description);
    }

    public void describe(String title, String team, String category, String description) {
        this.title = title.trim();
        this.team = team;
        this.category = category == null || category.isBlank() ? null : category;
        this.description = description == null || description.isBlank() ? null : description.trim();
    }

    /**
     * Sets a level's outcomes and hours, adding it when new; the levels' prerequisites follow the series: each
     * level requires the nearest level below it that the program has.
     */
    public ProgramLevel level(Level level, String outcomes, BigDecimal requiredHours) {
        if (outcomes == null || outcomes.isBlank()) {
            throw new BusinessRuleException("outcomes", "training.program.outcomesRequired");
        }
        if (requiredHours == null || requiredHours.signum() <= 0 || requiredHours.compareTo(BigDecimal.valueOf(2000)) > 0) {
            throw new BusinessRuleException("requiredHours", "training.program.hoursInvalid");
        }
        ProgramLevel existing = find(level).orElse(null);
        if (existing == null) {
            existing = new ProgramLevel(this, level, outcomes, requiredHours);
            levels.add(existing);
        } else {
            existing.change(outcomes, requiredHours);
        }
        linkPrerequisites();
        return existing;
    }

    private void linkPrerequisites() {
        levels.sort(Comparator.comparing(ProgramLevel::getLevel));
        ProgramLevel below = null;
        for (ProgramLevel each : levels) {
            each.requires(below);
            below = each;
        }
    }

    public Optional<ProgramLevel> find(Level level) {
        return levels.stream().filter(l -> l.getLevel() == level).findFirst();
    }

    public List<ProgramLevel> getLevels() {
        return levels.stream().sorted(Comparator.comparing(ProgramLevel::getLevel)).toList();
    }

    public String getTitle() {
        return title;
    }

    public String getTeam() {
        return team;
    }

    public String getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public String getOwnerRegion() {
        return ownerRegion;
    }

    public boolean isNational() {
        return ownerRegion == null;
    }
}
