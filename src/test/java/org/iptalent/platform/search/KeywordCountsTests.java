package org.iptalent.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The facet counter over a real Lucene index of several segments: a document counts once per value it holds,
 * documents without the field count nowhere, deleted documents not at all, only matches count, and a field keeps its
 * most frequent values up to its limit.
 */
class KeywordCountsTests {

    @Test
    void countsEachMatchingLiveDocumentOncePerValueAcrossSegments() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
            writer.addDocument(doc("1", "A", "LAW", "TECH"));
            writer.addDocument(doc("2", "A", "LAW"));
            writer.commit(); // a second segment from here
            writer.addDocument(doc("3", "B", "TECH"));
            writer.addDocument(doc("4", "B"));
            writer.addDocument(doc("5", null, "LAW", "GI"));
            writer.commit();
            writer.addDocument(doc("6", "A", "GI"));
            writer.deleteDocuments(new Term("id", "6"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                Map<String, Integer> limits = new LinkedHashMap<>();
                limits.put("status", 10);
                limits.put("category", 10);

                KeywordCounts.Counts all = KeywordCounts.count(reader, new MatchAllDocsQuery(), limits);
                assertThat(all.matches()).isEqualTo(5);
                assertThat(all.byField().get("status")).containsExactly(Map.entry("A", 2L), Map.entry("B", 2L));
                assertThat(all.byField().get("category")).containsExactly(Map.entry("LAW", 3L),
                        Map.entry("TECH", 2L), Map.entry("GI", 1L));

                // again, from the decoded segments: the same
                assertThat(KeywordCounts.count(reader, new MatchAllDocsQuery(), limits)).isEqualTo(all);

                KeywordCounts.Counts law = KeywordCounts.count(reader, new TermQuery(new Term("category", "LAW")),
                        Map.of("status", 1));
                assertThat(law.matches()).isEqualTo(3);
                assertThat(law.byField().get("status")).containsExactly(Map.entry("A", 2L));
            }
        }
    }

    private static Document doc(String id, String status, String... categories) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.NO));
        if (status != null) {
            doc.add(new StringField("status", status, Field.Store.NO));
            doc.add(new SortedSetDocValuesField("status", new BytesRef(status)));
        }
        for (String category : categories) {
            doc.add(new StringField("category", category, Field.Store.NO));
            doc.add(new SortedSetDocValuesField("category", new BytesRef(category)));
        }
        return doc;
    }
}
