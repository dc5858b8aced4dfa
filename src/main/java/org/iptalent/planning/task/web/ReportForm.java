package org.iptalent.planning.task.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.iptalent.planning.task.report.ReportInput;
import org.iptalent.planning.task.report.ReportView;

/** The report form's fields: the text, the figures as rows (blank rows left out), and the version read. */
public class ReportForm {

    /** Empty rows offered under the figures given, for new ones. */
    static final int SPARE_ROWS = 3;

    private String text;
    private Long version;
    private List<FigureRow> figures = new ArrayList<>();

    public static class FigureRow {
        private String indicator;
        private BigDecimal value;
        private String comment;

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    static ReportForm of(ReportView report) {
        ReportForm form = new ReportForm();
        if (report != null) {
            form.text = report.text();
            form.version = report.version();
            for (ReportView.FigureView figure : report.figures()) {
                FigureRow row = new FigureRow();
                row.indicator = figure.indicator();
                row.value = figure.value().stripTrailingZeros();
                row.comment = figure.comment();
                form.figures.add(row);
            }
        }
        return form.withSpareRows();
    }

    /** The rows given and {@value #SPARE_ROWS} empty ones. */
    ReportForm withSpareRows() {
        figures.removeIf(row -> row == null);
        for (int i = 0; i < SPARE_ROWS; i++) {
            figures.add(new FigureRow());
        }
        return this;
    }

    ReportInput input() {
        return new ReportInput(text, figures.stream().map(row -> row == null ? null
                : new ReportInput.FigureInput(row.indicator, row.value, row.comment)).toList());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<FigureRow> getFigures() {
        return figures;
    }

    public void setFigures(List<FigureRow> figures) {
        this.figures = figures == null ? new ArrayList<>() : figures;
    }
}
