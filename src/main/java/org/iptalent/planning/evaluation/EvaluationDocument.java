package org.iptalent.planning.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.iptalent.planning.IndicatorUnit;
import org.iptalent.planning.web.PlanFigures;
import org.iptalent.platform.pdf.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes an evaluation as an A4 XHTML page for {@link PdfDocuments}: a title page (plan, kind, period, the date the
 * figures are of), the indicators, the provinces' rankings and the reports per task, each table's header repeated
 * on every page it spans, the time it was generated at the foot of every page. Every value is escaped.
 */
@Component
class EvaluationDocument {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 20mm 24mm 20mm; @bottom-center { content: element(footer); } }
            .footer { position: running(footer); font-size: 8pt; color: #666; text-align: center; }
            .cover { page-break-after: always; padding-top: 60mm; text-align: center; }
            .cover h1 { font-size: 22pt; margin-bottom: 8mm; }
            .cover h2 { font-size: 16pt; font-weight: normal; margin-bottom: 16mm; }
            .cover p { font-size: 11pt; margin: 2mm 0; }
            .note { font-size: 9pt; color: #8a6d00; }
            h2.section { font-size: 14pt; border-bottom: 1px solid #0b4ea2; padding-bottom: 1mm; margin-top: 8mm; }
            h3 { font-size: 11pt; margin: 5mm 0 2mm 0; }
            table { -fs-table-paginate: paginate; width: 100%; border-collapse: collapse; font-size: 9pt; }
            th, td { border: 1px solid #bbb; padding: 1.2mm 1.5mm; vertical-align: top; }
            th { background: #eef2f8; text-align: left; white-space: nowrap; }
            td.n { text-align: right; white-space: nowrap; }
            tr { page-break-inside: avoid; }
            """;

    private final PdfDocuments pdfs;
    private final MessageSource messages;
    private final PlanFigures figures;
    private final Clock clock;

    EvaluationDocument(PdfDocuments pdfs, MessageSource messages, PlanFigures figures, Clock clock) {
        this.pdfs = pdfs;
        this.messages = messages;
        this.figures = figures;
        this.clock = clock;
    }

    byte[] render(Evaluation evaluation, Locale locale) {
        Locale previous = LocaleContextHolder.getLocale();
        // the figures' format follows the document's language, not the page's it was asked from
        LocaleContextHolder.setLocale(locale);
        try {
            Writer w = new Writer(locale);
            String title = w.text("planning.evaluation.title." + evaluation.kind());
            w.footer(evaluation);
            w.cover(evaluation, title);
            w.indicators(evaluation);
            w.rankings(evaluation);
            w.reports(evaluation);
            return pdfs.render(PdfDocuments.xhtml(locale, evaluation.planName() + " · " + title, STYLE, w.body()),
                    locale);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    /** A number's cell. */
    private record Num(String text) {
    }

    /** One document's markup, written in order. */
    private final class Writer {

        private final Locale locale;
        private final StringBuilder body = new StringBuilder(16 * 1024);

        Writer(Locale locale) {
            this.locale = locale;
        }

        String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        private Writer put(String markup) {
            body.append(markup);
            return this;
        }

        private Writer escaped(String value) {
            body.append(PdfDocuments.escape(value));
            return this;
        }

        private void element(String tag, String cssClass, String value) {
            put("<" + tag + (cssClass == null ? "" : " class=\"" + cssClass + "\"") + ">").escaped(value)
                    .put("</" + tag + ">");
        }

        /** A row of cells: text, or a {@link Num} written flush right. */
        private void row(Object... cells) {
            put("<tr>");
            for (Object cell : cells) {
                if (cell instanceof Num num) {
                    element("td", "n", num.text());
                } else {
                    element("td", null, String.valueOf(cell));
                }
            }
            put("</tr>");
        }

        private void head(String... headers) {
            put("<table><thead><tr>");
            for (String header : headers) {
                element("th", null, header);
            }
            put("</tr></thead><tbody>");
        }

        private Num n(String value) {
            return new Num(value);
        }

        private String figure(IndicatorUnit unit, BigDecimal value) {
            return figures.format(unit, value);
        }

        void footer(Evaluation e) {
            String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(e.generatedAt().atZone(clock.getZone()));
            element("div", "footer", text("planning.evaluation.generatedAt", at) + " · " + text("app.name"));
        }

        void cover(Evaluation e, String title) {
            put("<div class=\"cover\">");
            element("h1", null, e.planName());
            element("h2", null, e.national() ? title : title + " · " + e.regionName());
            element("p", null, text("planning.plan.periodOf", String.valueOf(e.startsYear()),
                    String.valueOf(e.endsYear())));
            element("p", null, text("planning.evaluation.asOf", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale).format(e.month().atEndOfMonth())));
            if (e.demonstration()) {
                element("p", "note", text("planning.plan.demonstrationHint"));
            }
            put("</div>");
        }

        void indicators(Evaluation e) {
            element("h2", "section", text("planning.evaluation.indicators"));
            boolean midterm = e.kind() == EvaluationKind.MIDTERM;
            if (midterm) {
                head(text("planning.indicator.name"), text("planning.indicator.unit"),
                        text("planning.indicator.target"), text("planning.evaluation.value"),
                        text("planning.indicator.progress"), text("planning.evaluation.projection"),
                        text("planning.indicator.status"));
            } else {
                head(text("planning.indicator.name"), text("planning.indicator.unit"),
                        text("planning.indicator.target"), text("planning.evaluation.value"),
                        text("planning.indicator.progress"), text("planning.indicator.status"));
            }
            for (Evaluation.Line line : e.indicators()) {
                String target = line.target() == null ? text("planning.indicator.noTarget")
                        // words, not the page's ≥ and ≤: the shipped font has no glyph for them
                        : text("planning.evaluation.direction." + line.direction()) + " "
                                + figure(line.unit(), line.target()) + " (" + line.targetYear() + ")";
                String value = line.value() != null ? figure(line.unit(), line.value())
                        : text(line.sourceThere() ? "planning.indicator.noData" : "planning.indicator.noSource");
                String status = text("planning.status." + line.status());
                String unit = text("planning.unit." + line.unit());
                if (midterm) {
                    String projection = line.projection() == null ? "—"
                            : figure(line.unit(), line.projection().value()) + " [" + figure(line.unit(),
                                    line.projection().low()) + " – " + figure(line.unit(), line.projection().high())
                                    + "]";
                    row(line.name(), unit, n(target), n(value), n(figures.percent(line.progress())), n(projection),
                            status);
                } else {
                    row(line.name(), unit, n(target), n(value), n(figures.percent(line.progress())), status);
                }
            }
            put("</tbody></table>");
        }

        void rankings(Evaluation e) {
            if (!e.national()) {
                return;
            }
            element("h2", "section", text("planning.evaluation.rankings"));
            if (e.rankings().isEmpty()) {
                element("p", null, text("planning.evaluation.noRankings"));
                return;
            }
            for (Evaluation.Ranking ranking : e.rankings()) {
                element("h3", null, ranking.name() + " (" + text("planning.unit." + ranking.unit()) + ")");
                head(text("planning.evaluation.rank"), text("planning.evaluation.province"),
                        text("planning.evaluation.value"), text("planning.indicator.target"),
                        text("planning.indicator.progress"));
                for (Evaluation.Place place : ranking.places()) {
                    row(n(place.rank() == null ? "—" : place.rank().toString()), place.regionName(),
                            n(figure(ranking.unit(), place.value())), n(figure(ranking.unit(), place.target())),
                            n(figures.percent(place.progress())));
                }
                put("</tbody></table>");
            }
        }

        void reports(Evaluation e) {
            element("h2", "section", text("planning.evaluation.reports"));
            element("p", "note", text("planning.evaluation.reportsHint"));
            if (e.reports().isEmpty()) {
                element("p", null, text("planning.evaluation.noReports"));
                return;
            }
            head(text("planning.evaluation.task"), text("planning.evaluation.expected"),
                    text("planning.evaluation.submitted"), text("planning.evaluation.accepted"),
                    text("planning.evaluation.returned"), text("planning.evaluation.overdue"));
            for (Evaluation.TaskReports task : e.reports()) {
                row(task.label() + " " + task.title(), n(String.valueOf(task.expected())),
                        n(String.valueOf(task.submitted())), n(String.valueOf(task.accepted())),
                        n(String.valueOf(task.returned())), n(String.valueOf(task.overdue())));
            }
            put("</tbody></table>");
        }

        String body() {
            return body.toString();
        }
    }
}
