package org.iptalent.platform.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The platform's analyzers for Chinese text, registered with Hibernate Search for every module's index
 * (application.properties names this class as the analysis configurer). smartcn segments words
 * ({@code 专利代理} finds {@code 专利代理师}); it misses prefixes and reads some names as dictionary words
 * ({@code 王码} is an input method), so names and organisations are indexed a second time as single
 * characters and overlapping bigrams: {@code 北京} finds {@code 北京市}, a surname alone finds everyone who
 * bears it.
 * <p>
 * The names are in every index written so far: renaming one means raising each indexing module's mapping
 * version, so that its index is rebuilt.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

    /** smartcn's words: for ranking, and for fields searched by whole words. */
    public static final String CHINESE = "chinese";
    /** Single characters and overlapping bigrams: the index side of a field that any part of a name must find. */
    public static final String BIGRAM = "bigram";
    /**
     * The bigram field's query side: bigrams only, a lone character as itself. {@code 工程} is then one
     * term instead of three ({@code 工}, {@code 工程}, {@code 程}) whose long posting lists a broad query
     * would have to intersect; a single character still finds its unigram.
     */
    public static final String BIGRAM_QUERY = "bigram_query";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).instance(words());
        context.analyzer(BIGRAM).instance(bigrams());
        context.analyzer(BIGRAM_QUERY).instance(bigramQueries());
    }

    /**
     * The {@link #CHINESE} analysis outside Hibernate Search. Each call remembers its own lines, so keep
     * one instance rather than asking for a new one per text.
     */
    public static Analyzer words() {
        return new MemoisedSegmenter();
    }

    /** The {@link #BIGRAM} analysis outside Hibernate Search (a bare Lucene index, a benchmark floor). */
    public static Analyzer bigrams() {
        return new UnigramAndBigramAnalyzer(true);
    }

    /** The {@link #BIGRAM_QUERY} analysis outside Hibernate Search. */
    public static Analyzer bigramQueries() {
        return new UnigramAndBigramAnalyzer(false);
    }

    /** Like Lucene's CJKAnalyzer; for the index it also keeps the single characters beside the bigrams. */
    private static final class UnigramAndBigramAnalyzer extends Analyzer {
        private final boolean unigrams;

        UnigramAndBigramAnalyzer(boolean unigrams) {
            this.unigrams = unigrams;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
            return new TokenStreamComponents(source, stream);
        }
    }
}
