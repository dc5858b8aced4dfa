package org.iptalent.expert.thinktank;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.iptalent.platform.search.ChineseAnalysis;

/**
 * A report's search document: its title, abstract and think tank's name in smartcn's words and in bigrams, and a
 * keyword per facet (think tank, topic state, year) and for the region scope. The think tank's name and the topic's
 * state come from other rows: whoever changes them re-indexes the reports ({@link ReportIndexer#replace}), so the
 * bridge declares only the report itself as what it reads.
 */
public class ReportDocument implements TypeBinder {

    static final String INDEX = "think_tank_report";
    static final String TEXT = "text";
    static final String TEXT_BIGRAM = "text_bigram";
    static final String THINK_TANK = "thinkTank";
    static final String TOPIC_STATE = "topicState";
    static final String YEAR = "year";
    /** The think tank's region, its city and its province: what a scope of any level matches. */
    static final String REGION = "region";
    static final String PUBLISHED = "published";
    /** The topic state of a report that came from no topic. */
    static final String NO_TOPIC = "NONE";

    public ReportDocument() {
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        IndexSchemaElement schema = context.indexSchemaElement();
        Fields fields = new Fields(
                schema.field(TEXT, f -> f.asString().analyzer(ChineseAnalysis.CHINESE)).toReference(),
                schema.field(TEXT_BIGRAM, f -> f.asString().analyzer(ChineseAnalysis.BIGRAM)
                        .searchAnalyzer(ChineseAnalysis.BIGRAM_QUERY)).toReference(),
                keyword(schema, THINK_TANK), keyword(schema, TOPIC_STATE), keyword(schema, YEAR),
                schema.field(REGION, f -> f.asString()).multiValued().toReference(),
                schema.field(PUBLISHED, f -> f.asLocalDate().sortable(Sortable.YES)).toReference());
        context.bridge(ThinkTankReport.class, new Bridge(fields));
    }

    private static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asString().aggregable(Aggregable.YES)).toReference();
    }

    private record Fields(IndexFieldReference<String> text, IndexFieldReference<String> bigram,
            IndexFieldReference<String> thinkTank, IndexFieldReference<String> topicState,
            IndexFieldReference<String> year, IndexFieldReference<String> region,
            IndexFieldReference<LocalDate> published) {
    }

    private record Bridge(Fields fields) implements TypeBridge<ThinkTankReport> {

        @Override
        public void write(DocumentElement target, ThinkTankReport report, TypeBridgeWriteContext context) {
            ThinkTank thinkTank = report.getThinkTank();
            // title, abstract and name on separate lines, as the platform's analysis expects
            String text = report.getTitle() + " \n" + report.getAbstractText() + " \n" + thinkTank.getName();
            target.addValue(fields.text(), text);
            target.addValue(fields.bigram(), text);
            target.addValue(fields.thinkTank(), String.valueOf(thinkTank.getId()));
            target.addValue(fields.topicState(),
                    report.getTopic() == null ? NO_TOPIC : report.getTopic().getState().name());
            target.addValue(fields.year(), String.valueOf(report.getPublishedOn().getYear()));
            String region = thinkTank.getRegionCode();
            Set<String> regions = new TreeSet<>(List.of(region, region.substring(0, 4) + "00",
                    region.substring(0, 2) + "0000"));
            regions.forEach(r -> target.addValue(fields.region(), r));
            target.addValue(fields.published(), report.getPublishedOn());
        }
    }
}
