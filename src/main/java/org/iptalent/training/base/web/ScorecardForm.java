package org.iptalent.training.base.web;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.training.base.BaseMeasure;
import org.iptalent.training.base.ScorecardInput;
import org.iptalent.training.base.ScorecardView;

/**
 * The scorecard editor's form, as typed: the thresholds and a row per item, with blank rows to add items (a blank
 * row is ignored).
 */
public class ScorecardForm {

    static final int BLANK_ROWS = 3;

    private String keepFrom;
    private String probationFrom;
    private List<ItemForm> items = new ArrayList<>();

    /** A new year's form: the usual thresholds and, as a start, an item for each measure the platform has. */
    static ScorecardForm fresh(List<BaseMeasure> measures) {
        ScorecardForm form = new ScorecardForm();
        form.keepFrom = "80";
        form.probationFrom = "60";
        for (BaseMeasure measure : measures) {
            ItemForm item = new ItemForm();
            item.setKind("COMPUTED");
            item.setMeasureCode(measure.code());
            item.setFullMarks(measure.typicalFullMarks().stripTrailingZeros().toPlainString());
            form.items.add(item);
        }
        form.pad();
        return form;
    }

    static ScorecardForm of(ScorecardView card) {
        ScorecardForm form = new ScorecardForm();
        form.keepFrom = card.keepFrom().stripTrailingZeros().toPlainString();
        form.probationFrom = card.probationFrom().stripTrailingZeros().toPlainString();
        for (ScorecardView.Item item : card.items()) {
            ItemForm row = new ItemForm();
            row.setName(item.name());
            row.setKind(item.kind().name());
            row.setWeight(String.valueOf(item.weight()));
            row.setMeasureCode(item.measureCode());
            row.setFullMarks(item.fullMarks() == null ? null : item.fullMarks().stripTrailingZeros().toPlainString());
            row.setReviewers(String.join(", ", item.reviewers()));
            form.items.add(row);
        }
        form.pad();
        return form;
    }

    /** Blank rows after the items, to add some. */
    ScorecardForm pad() {
        long blank = items.stream().filter(ItemForm::isBlank).count();
        for (long i = blank; i < BLANK_ROWS; i++) {
            items.add(new ItemForm());
        }
        return this;
    }

    ScorecardInput toInput(FormValues values) {
        List<ScorecardInput.Item> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemForm item = items.get(i);
            String at = "items[" + i + "].";
            rows.add(new ScorecardInput.Item(item.getName(), item.getKind(), values.integer(at + "weight",
                    item.getWeight()), item.getMeasureCode(), values.decimal(at + "fullMarks", item.getFullMarks()),
                    item.getReviewers()));
        }
        return new ScorecardInput(values.decimal("keepFrom", keepFrom), values.decimal("probationFrom",
                probationFrom), rows);
    }

    public String getKeepFrom() {
        return keepFrom;
    }

    public void setKeepFrom(String keepFrom) {
        this.keepFrom = keepFrom;
    }

    public String getProbationFrom() {
        return probationFrom;
    }

    public void setProbationFrom(String probationFrom) {
        this.probationFrom = probationFrom;
    }

    public List<ItemForm> getItems() {
        return items;
    }

    public void setItems(List<ItemForm> items) {
        this.items = items == null ? new ArrayList<>() : items;
    }

    /** One item's row. */
    public static class ItemForm {

        private String name;
        private String kind;
        private String weight;
        private String measureCode;
        private String fullMarks;
        private String reviewers;

        boolean isBlank() {
            return blank(name) && blank(weight) && blank(measureCode) && blank(fullMarks) && blank(reviewers);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }

        public String getMeasureCode() {
            return measureCode;
        }

        public void setMeasureCode(String measureCode) {
            this.measureCode = measureCode;
        }

        public String getFullMarks() {
            return fullMarks;
        }

        public void setFullMarks(String fullMarks) {
            this.fullMarks = fullMarks;
        }

        public String getReviewers() {
            return reviewers;
        }

        public void setReviewers(String reviewers) {
            this.reviewers = reviewers;
        }
    }
}
