package org.iptalent.bench;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Floor: a bare Lucene index of the same rows with the platform's analysis (smartcn words plus
 * unigram/bigram fields for name, employer, major, position) and facet doc values.
 * Usage: BareIndex file.csv indexDir
 */
public final class BareIndex {

    public static void main(String[] args) throws Exception {
        Analyzer bigram = org.iptalent.platform.search.ChineseAnalysis.bigrams();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(), Map.of("name_bigram", bigram,
                "major_bigram", bigram, "position_bigram", bigram, "employer_bigram", bigram));
        long start = System.nanoTime();
        int docs = 0;
        try (FSDirectory dir = FSDirectory.open(Path.of(args[1]));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128));
             BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] v = line.split(",", -1);
                Document doc = new Document();
                doc.add(new StringField("id", String.valueOf(docs), Field.Store.YES));
                doc.add(new TextField("name", v[0], Field.Store.NO));
                doc.add(new TextField("name_bigram", v[0], Field.Store.NO));
                doc.add(new TextField("major", v[8], Field.Store.NO));
                doc.add(new TextField("major_bigram", v[8], Field.Store.NO));
                doc.add(new TextField("employer", v[9], Field.Store.NO));
                doc.add(new TextField("employer_bigram", v[9], Field.Store.NO));
                doc.add(new TextField("position", v[15], Field.Store.NO));
                doc.add(new TextField("position_bigram", v[15], Field.Store.NO));
                for (int f : new int[] {6, 7, 11, 12, 14}) {
                    doc.add(new StringField("f" + f, v[f], Field.Store.NO));
                    doc.add(new SortedDocValuesField("f" + f, new BytesRef(v[f])));
                }
                writer.addDocument(doc);
                docs++;
            }
            writer.commit();
        }
        System.out.printf("indexed %d docs in %.2f s%n", docs, (System.nanoTime() - start) / 1e9);
    }
}
