package org.iptalent.training.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.RecordNotFoundException;

/**
 * A standard questionnaire: its items in order, and a revision that every change raises. Surveys copy the items
 * they are sent with and note the revision, so a change here reaches only the surveys sent after it. It keeps at
 * least one scale item (a score needs one) and at most {@link #MAX_ITEMS}.
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire {

    public static final int MAX_ITEMS = 30;
    static final String ITEM = "QuestionnaireItem";

    @Id
    @Enumerated(EnumType.STRING)
    private QuestionnaireKind kind;
    private int revision;
    @Version
    private long version;
    private Instant updatedAt;
    private Long updatedBy;

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionnaireItem> items = new ArrayList<>();

    protected Questionnaire() {
    }

    QuestionnaireItem add(ItemInput input, long by, Instant at) {
        ItemInput checked = input.checkedFor(kind);
        if (items.size() >= MAX_ITEMS) {
            throw new BusinessRuleException("questionnaire.item.tooMany", MAX_ITEMS);
        }
        QuestionnaireItem item = new QuestionnaireItem(this, items.size() + 1, checked);
        items.add(item);
        changed(by, at);
        return item;
    }

    QuestionnaireItem change(long itemId, ItemInput input, long by, Instant at) {
        ItemInput checked = input.checkedFor(kind);
        QuestionnaireItem item = item(itemId);
        if (!checked.kind().isScale()) {
            requireScaleBesides(item);
        }
        item.change(checked);
        changed(by, at);
        return item;
    }

    QuestionnaireItem remove(long itemId, long by, Instant at) {
        QuestionnaireItem item = item(itemId);
        requireScaleBesides(item);
        items.remove(item);
        renumber();
        changed(by, at);
        return item;
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}); at either end nothing moves. */
    boolean move(long itemId, int direction, long by, Instant at) {
        QuestionnaireItem item = item(itemId);
        int from = items.indexOf(item);
        int to = from + Integer.signum(direction);
        if (direction == 0 || to < 0 || to >= items.size()) {
            return false;
        }
        Collections.swap(items, from, to);
        renumber();
        changed(by, at);
        return true;
    }

    /** Refuses a change that would leave no rating but {@code item}'s. */
    private void requireScaleBesides(QuestionnaireItem item) {
        if (items.stream().noneMatch(i -> i != item && i.getKind().isScale())) {
            throw new BusinessRuleException("questionnaire.item.scaleRequired");
        }
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i + 1);
        }
    }

    private void changed(long by, Instant at) {
        revision++;
        updatedBy = by;
        updatedAt = at;
    }

    QuestionnaireItem item(long itemId) {
        return items.stream().filter(i -> i.getId() != null && i.getId() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(ITEM, itemId));
    }

    public QuestionnaireKind getKind() {
        return kind;
    }

    public int getRevision() {
        return revision;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public List<QuestionnaireItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
