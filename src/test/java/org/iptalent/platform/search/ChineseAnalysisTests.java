package org.iptalent.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/**
 * What another module gets from the platform's Chinese analysis, with no registry class in sight: smartcn's
 * words, and the characters and bigrams that let any part of a name find it.
 */
class ChineseAnalysisTests {

    @Test
    void wordsAreSmartcnsAndTheBigramFieldHoldsEveryCharacterAndEveryPair() throws IOException {
        assertThat(terms(ChineseAnalysis.words(), "知识产权代理师")).containsExactly("知识", "产权", "代理", "师");
        assertThat(terms(ChineseAnalysis.bigrams(), "知识产权代理师")).containsExactly(
                "知", "知识", "识", "识产", "产", "产权", "权", "权代", "代", "代理", "理", "理师", "师");
    }

    /** A query is its bigrams alone (one term per pair, not three); a single character still finds its unigram. */
    @Test
    void aQueryIsItsBigramsAndALoneCharacterIsItself() throws IOException {
        assertThat(terms(ChineseAnalysis.bigramQueries(), "知识产权代理师"))
                .containsExactly("知识", "识产", "产权", "权代", "代理", "理师");
        assertThat(terms(ChineseAnalysis.bigramQueries(), "王")).containsExactly("王");
        // full-width Latin letters as typed by a Chinese input method match their plain form
        assertThat(terms(ChineseAnalysis.bigramQueries(), "ＩＢＭ")).containsExactly("ibm");
    }

    @Test
    void aModuleIndexesItsOwnTextAndFindsItByAnyPartOfAName() throws IOException {
        Analyzer index = new PerFieldAnalyzerWrapper(ChineseAnalysis.words(),
                Map.of("text_bigram", ChineseAnalysis.bigrams()));
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(index))) {
                for (String text : List.of("北京华夏恒信专利代理事务所 \n知识产权代理师", "上海市知识产权局 \n审查员")) {
                    Document document = new Document();
                    document.add(new StoredField("id", text.substring(0, 2)));
                    document.add(new TextField("text", text, Field.Store.NO));
                    document.add(new TextField("text_bigram", text, Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder bigrams = new QueryBuilder(ChineseAnalysis.bigramQueries());
                QueryBuilder words = new QueryBuilder(ChineseAnalysis.words());
                // smartcn reads 上海市 as one word and 知识产 as 知识 + 产: only the bigram field finds a name's start
                assertThat(found(searcher, words.createBooleanQuery("text", "上海", BooleanClause.Occur.MUST))).isEmpty();
                assertThat(found(searcher, bigrams.createBooleanQuery("text_bigram", "上海", BooleanClause.Occur.MUST)))
                        .containsExactly("上海");
                assertThat(found(searcher, words.createBooleanQuery("text", "知识产", BooleanClause.Occur.MUST))).isEmpty();
                assertThat(found(searcher, bigrams.createBooleanQuery("text_bigram", "知识产", BooleanClause.Occur.MUST)))
                        .containsExactlyInAnyOrder("北京", "上海");
                assertThat(found(searcher, bigrams.createBooleanQuery("text_bigram", "恒信", BooleanClause.Occur.MUST)))
                        .containsExactly("北京");
                assertThat(found(searcher, bigrams.createBooleanQuery("text_bigram", "海", BooleanClause.Occur.MUST)))
                        .containsExactly("上海");
                // smartcn's field finds a whole word in the text that contains it
                assertThat(found(searcher, words.createBooleanQuery("text", "专利代理", BooleanClause.Occur.MUST)))
                        .containsExactly("北京");
            }
        }
    }

    private static List<String> found(IndexSearcher searcher, Query query) throws IOException {
        List<String> ids = new ArrayList<>();
        if (query == null) {
            return ids;
        }
        for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
