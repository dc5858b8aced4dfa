package org.iptalent.training.base;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.iptalent.shared.AbstractEntity;

/**
 * The national administrator's scorecard for one year's assessment of the bases: items whose weights sum to 100 and
 * the thresholds that turn a total into a recommendation. Once the year's assessment has run it is fixed, so every
 * base is scored by the same card.
 */
@Entity
@Table(name = "training_base_scorecard")
public class Scorecard extends AbstractEntity {

    @Column(name = "year")
    private int year;
    private BigDecimal keepFrom;
    private BigDecimal probationFrom;
    @OneToMany(mappedBy = "scorecard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ScorecardItem> items = new ArrayList<>();

    protected Scorecard() {
    }

    Scorecard(int year) {
        this.year = year;
    }

    /**
     * Sets the thresholds and items (checked by {@link ScorecardRules}). Items are changed in place by position and
     * only the surplus removed, as the positions are unique and a removal is written after the inserts.
     */
    void configure(BigDecimal keepFrom, BigDecimal probationFrom, List<ItemSpec> specs) {
        this.keepFrom = keepFrom;
        this.probationFrom = probationFrom;
        for (int i = 0; i < specs.size(); i++) {
            if (i == items.size()) {
                items.add(new ScorecardItem(this, i));
            }
            items.get(i).define(specs.get(i));
        }
        while (items.size() > specs.size()) {
            items.remove(items.size() - 1);
        }
    }

    public Adjustment recommend(BigDecimal total) {
        return Scoring.recommend(total, keepFrom, probationFrom);
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getKeepFrom() {
        return keepFrom;
    }

    public BigDecimal getProbationFrom() {
        return probationFrom;
    }

    public List<ScorecardItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
