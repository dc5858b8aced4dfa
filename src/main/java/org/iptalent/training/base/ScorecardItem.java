package org.iptalent.training.base;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

/**
 * One line of a scorecard: its weight out of 100 and how it is scored, either from a measure (the value that earns
 * full marks) or by its named reviewers.
 */
@Entity
@Table(name = "training_base_scorecard_item")
public class ScorecardItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id")
    private Scorecard scorecard;
    private int position;
    private String name;
    @Enumerated(EnumType.STRING)
    private ItemKind kind;
    private int weight;
    private String measureCode;
    private BigDecimal fullMarks;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_base_scorecard_reviewer", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "user_id")
    private Set<Long> reviewerIds = new LinkedHashSet<>();

    protected ScorecardItem() {
    }

    ScorecardItem(Scorecard scorecard, int position) {
        this.scorecard = scorecard;
        this.position = position;
    }

    /** Sets what the item is; the scorecard's rules ({@link ScorecardRules}) have checked it. */
    void define(ItemSpec spec) {
        this.name = spec.name();
        this.kind = spec.kind();
        this.weight = spec.weight();
        this.measureCode = spec.kind() == ItemKind.COMPUTED ? spec.measureCode() : null;
        this.fullMarks = spec.kind() == ItemKind.COMPUTED ? spec.fullMarks() : null;
        Set<Long> reviewers = spec.kind() == ItemKind.REVIEWED ? spec.reviewerIds() : Set.of();
        reviewerIds.retainAll(reviewers);
        reviewerIds.addAll(reviewers);
    }

    /** The item as {@link ItemSpec}, to copy it into another year's scorecard. */
    ItemSpec spec() {
        return new ItemSpec(name, kind, weight, measureCode, fullMarks, Set.copyOf(reviewerIds));
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public ItemKind getKind() {
        return kind;
    }

    public int getWeight() {
        return weight;
    }

    public String getMeasureCode() {
        return measureCode;
    }

    public BigDecimal getFullMarks() {
        return fullMarks;
    }

    public Set<Long> getReviewerIds() {
        return Collections.unmodifiableSet(reviewerIds);
    }

    public boolean isComputed() {
        return kind == ItemKind.COMPUTED;
    }
}
