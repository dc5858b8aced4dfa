package org.iptalent.expert.search;

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
import org.iptalent.expert.pool.Expert;
import org.iptalent.platform.search.ChineseAnalysis;

/**
 * An expert's search document, built from its row alone (the registry's name and employer are copied onto it, see
 * {@link ExpertNames}): the text in smartcn's words and in bigrams, and a keyword field per facet and filter. Hibernate
 * Search rebuilds the document after each commit that changes one of the properties named here, as the registry's
 * talents are; rows written by SQL are re-indexed by {@link ExpertIndexer}.
 */
class ExpertDocument implements TypeBinder {

    static final String TEXT = "text";
    static final String TEXT_BIGRAM = "text_bigram";
    static final String NAME_SORT = "name_sort";
    static final String CATEGORY = "category";
    static final String IPC_CLASS = "ipcClass";
    static final String IPC_SECTION = "ipcSection";
    static final String DUTY = "duty";
    /** The expert's region, its city and its province: what a region scope or filter of any level matches. */
    static final String REGION = "region";
    static final String PROVINCE = "province";
    static final String STATUS = "status";
    static final String AVAILABILITY = "availability";
    static final String BLACKLISTED = "blacklisted";
    static final String UPDATED = "updated";

    private final CategoryTree tree;

    ExpertDocument(CategoryTree tree) {
        this.tree = tree;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("displayName").use("employerName").use("achievements").use("categories")
                .use("fields").use("roles").use("regionCode").use("status").use("availability").use("blacklisted")
                .use("updatedAt");
        IndexSchemaElement schema = context.indexSchemaElement();
        Fields fields = new Fields(
                schema.field(TEXT, f -> f.asString().analyzer(ChineseAnalysis.CHINESE)).toReference(),
                schema.field(TEXT_BIGRAM, f -> f.asString().analyzer(ChineseAnalysis.BIGRAM)
                        .searchAnalyzer(ChineseAnalysis.BIGRAM_QUERY)).toReference(),
                schema.field(NAME_SORT, f -> f.asString().sortable(Sortable.YES)).toReference(),
                keywords(schema, CATEGORY), keywords(schema, IPC_CLASS), keywords(schema, IPC_SECTION),
                keywords(schema, DUTY), keywords(schema, REGION), keyword(schema, PROVINCE), keyword(schema, STATUS),
                keyword(schema, AVAILABILITY), schema.field(BLACKLISTED, f -> f.asBoolean()).toReference(),
                schema.field(UPDATED, f -> f.asInstant().sortable(Sortable.YES)).toReference());
        context.bridge(Expert.class, new Bridge(fields, tree));
    }

    private static IndexFieldReference<String> keyword(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asString().aggregable(Aggregable.YES)).toReference();
    }

    private static IndexFieldReference<String> keywords(IndexSchemaElement schema, String name) {
        return schema.field(name, f -> f.asString().aggregable(Aggregable.YES)).multiValued().toReference();
    }

    private record Fields(IndexFieldReference<String> text, IndexFieldReference<String> bigram,
            IndexFieldReference<String> nameSort, IndexFieldReference<String> category,
            IndexFieldReference<String> ipcClass, IndexFieldReference<String> ipcSection,
            IndexFieldReference<String> duty, IndexFieldReference<String> region,
            IndexFieldReference<String> province, IndexFieldReference<String> status,
            IndexFieldReference<String> availability, IndexFieldReference<Boolean> blacklisted,
            IndexFieldReference<java.time.Instant> updated) {
    }

    private record Bridge(Fields fields, CategoryTree tree) implements TypeBridge<Expert> {

        @Override
        public void write(DocumentElement target, Expert expert, TypeBridgeWriteContext context) {
            // name, employer and achievements on separate lines, as the platform's analysis expects
            StringBuilder text = new StringBuilder();
            for (String part : new String[] {expert.getDisplayName(), expert.getEmployerName(),
                expert.getAchievements()}) {
                if (part != null && !part.isBlank()) {
                    text.append(text.isEmpty() ? "" : " \n").append(part);
                }
            }
            target.addValue(fields.text(), text.toString());
            target.addValue(fields.bigram(), text.toString());
            if (expert.getDisplayName() != null) {
                target.addValue(fields.nameSort(), expert.getDisplayName());
            }
            tree.withAncestors(expert.getCategories()).forEach(c -> target.addValue(fields.category(), c));
            Set<String> sections = new TreeSet<>();
            for (String ipcClass : expert.getFields()) {
                target.addValue(fields.ipcClass(), ipcClass);
                sections.add(ipcClass.substring(0, 1));
            }
            sections.forEach(s -> target.addValue(fields.ipcSection(), s));
            expert.getDuties().forEach(d -> target.addValue(fields.duty(), d.name()));
            String region = expert.getRegionCode();
            Set<String> regions = new TreeSet<>(java.util.List.of(region, region.substring(0, 4) + "00",
                    region.substring(0, 2) + "0000"));
            regions.forEach(r -> target.addValue(fields.region(), r));
            target.addValue(fields.province(), expert.getProvinceCode());
            target.addValue(fields.status(), expert.getStatus().name());
            if (expert.getAvailability() != null) {
                target.addValue(fields.availability(), expert.getAvailability().name());
            }
            target.addValue(fields.blacklisted(), expert.isBlacklisted());
            target.addValue(fields.updated(), expert.getUpdatedAt());
        }
    }
}
