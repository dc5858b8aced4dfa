package org.iptalent.training.program;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One level of a program: what a trainee learns there and how many hours it takes. */
@Entity
@Table(name = "program_level")
public class ProgramLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private TrainingProgram program;

    @Enumerated(EnumType.STRING)
    private Level level;

    private String outcomes;

    @Column(name = "required_hours")
    private BigDecimal requiredHours;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "prerequisite_level_id")
    private ProgramLevel prerequisite;

    protected ProgramLevel() {
    }

    ProgramLevel(TrainingProgram program, Level level, String outcomes, BigDecimal requiredHours) {
        this.program = program;
        this.level = level;
        change(outcomes, requiredHours);
    }

    void change(String outcomes, BigDecimal requiredHours) {
        this.outcomes = outcomes.trim();
        this.requiredHours = requiredHours;
    }

    void requires(ProgramLevel prerequisite) {
        this.prerequisite = prerequisite;
    }

    public Long getId() {
        return id;
    }

    public TrainingProgram getProgram() {
        return program;
    }

    public Level getLevel() {
        return level;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public BigDecimal getRequiredHours() {
        return requiredHours;
    }

    public ProgramLevel getPrerequisite() {
        return prerequisite;
    }
}
