package org.iptalent.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;

/**
 * Facet counts for a search page: how many matching documents hold each value of some keyword fields, counted in one
 * pass over the matches into a plain array of counters per field, from the fields' doc values decoded once per
 * segment ({@link Column}).
 * <p>
 * Why not Hibernate Search's terms aggregation: it counts in hash maps and feeds each value's bucket a collector of
 * its own, for every value of every match. Over a broad match (a common word among 100,000 experts) six facets cost
 * most of a search's time that way; counting by ordinal is several times cheaper. The counts are the same (a test
 * compares them), so a module keeps the engine's aggregation as its path for any other backend: this class is there
 * only when the backend is Lucene ({@link #of}).
 */
public final class KeywordCounts {

    private final EntityManagerFactory entityManagerFactory;
    private final LuceneBackend backend;

    private KeywordCounts(EntityManagerFactory entityManagerFactory, LuceneBackend backend) {
        this.entityManagerFactory = entityManagerFactory;
        this.backend = backend;
    }

    /** The counter over the platform's indexes, or nothing when the search backend is not Lucene. */
    public static Optional<KeywordCounts> of(EntityManagerFactory entityManagerFactory) {
        try {
            LuceneBackend backend = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class);
            return Optional.of(new KeywordCounts(entityManagerFactory, backend));
        } catch (SearchException e) {
            return Optional.empty();
        }
    }

    /** A named analyzer of the platform ({@link ChineseAnalysis}), to build a query as the engine would. */
    public Analyzer analyzer(String name) {
        return backend.analyzer(name).orElseThrow(() -> new IllegalArgumentException("No analyzer " + name));
    }

    /**
     * The counts of each field's values over the live documents of the entity's index that the query matches, most
     * frequent first (ties in the values' order), at most {@code limits} values per field.
     *
     * @param limits the fields to count, each with how many values to keep at most
     */
    public Counts count(Class<?> entity, Query query, Map<String, Integer> limits) {
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(entity)
                .extension(LuceneExtension.get()).openIndexReader()) {
            return count(reader, query, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Counts count(IndexReader reader, Query query, Map<String, Integer> limits) throws IOException {
        List<String> fields = new ArrayList<>(limits.keySet());
        List<Map<String, Long>> totals = new ArrayList<>();
        fields.forEach(f -> totals.add(new HashMap<>()));
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long matches = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Column[] columns = new Column[fields.size()];
            int[][] counts = new int[fields.size()][];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = Column.of(leaf, fields.get(i));
                counts[i] = new int[columns[i].labels().length];
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator matching = scorer.iterator();
            for (int doc = matching.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matching.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                matches++;
                for (int i = 0; i < columns.length; i++) {
                    int[] ords = columns[i].ords();
                    int[] fieldCounts = counts[i];
                    // a document's ordinals are distinct: each value counts the document once
                    for (int n = columns[i].starts()[doc], end = columns[i].starts()[doc + 1]; n < end; n++) {
                        fieldCounts[ords[n]]++;
                    }
                }
            }
            for (int i = 0; i < columns.length; i++) {
                for (int ord = 0; ord < counts[i].length; ord++) {
                    if (counts[i][ord] > 0) {
                        totals.get(i).merge(columns[i].labels()[ord], (long) counts[i][ord], Long::sum);
                    }
                }
            }
        }
        Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            byField.put(fields.get(i), top(totals.get(i), limits.get(fields.get(i))));
        }
        return new Counts(matches, byField);
    }

    /**
     * One field's values in one segment, decoded once into arrays: document {@code d}'s ordinals are
     * {@code ords[starts[d]]} to {@code ords[starts[d + 1] - 1]}, each naming {@code labels[ord]}. Reading the doc
     * values themselves costs a packed-integer decode per document and value, which over a broad match was most of
     * a search's time; the arrays cost about four bytes per value and live as long as the segment (its core, which
     * deletions do not change: they are the live docs, read at counting).
     */
    record Column(int[] starts, int[] ords, String[] labels) {

        private static final Map<Object, Map<String, Column>> SEGMENTS = new ConcurrentHashMap<>();

        static Column of(LeafReaderContext leaf, String field) throws IOException {
            IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
            if (core == null) {
                return read(leaf, field);
            }
            Map<String, Column> segment = SEGMENTS.computeIfAbsent(core.getKey(), key -> {
                core.addClosedListener(SEGMENTS::remove);
                return new ConcurrentHashMap<>();
            });
            Column column = segment.get(field);
            if (column == null) {
                column = read(leaf, field);
                segment.put(field, column);
            }
            return column;
        }

        static Column read(LeafReaderContext leaf, String field) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
            int maxDoc = leaf.reader().maxDoc();
            int[] starts = new int[maxDoc + 1];
            int[] ords = new int[Math.max(16, maxDoc)];
            int next = 0;
            int doc = 0;
            for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                while (doc <= d) {
                    starts[doc++] = next;
                }
                int count = values.docValueCount();
                if (next + count > ords.length) {
                    ords = Arrays.copyOf(ords, Math.max(ords.length * 2, next + count));
                }
                for (int n = 0; n < count; n++) {
                    ords[next++] = (int) values.nextOrd();
                }
            }
            while (doc <= maxDoc) {
                starts[doc++] = next;
            }
            String[] labels = new String[Math.toIntExact(values.getValueCount())];
            for (int ord = 0; ord < labels.length; ord++) {
                labels[ord] = values.lookupOrd(ord).utf8ToString();
            }
            return new Column(starts, Arrays.copyOf(ords, next), labels);
        }
    }

    private static Map<String, Long> top(Map<String, Long> counts, int limit) {
        Map<String, Long> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /** How many live documents matched, and each field's value counts. */
    public record Counts(long matches, Map<String, Map<String, Long>> byField) {
    }
}
