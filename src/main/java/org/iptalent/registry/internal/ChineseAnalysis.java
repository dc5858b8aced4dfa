package org.iptalent.registry.internal;

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
 * Two analyzers for Chinese text. smartcn segments words ({@code 专利代理} finds {@code 专利代理师});
 * it misses prefixes and reads some names as dictionary words ({@code 王码} is an input method), so
 * names and organisations are indexed a second time as single characters and overlapping bigrams:
 * {@code 北京} finds {@code 北京市}, a surname alone finds everyone who bears it.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

    public static final String CHINESE = "chinese";
    public static final String BIGRAM = "bigram";
    /**
     * The bigram field's query side: bigrams only, a lone character as itself. {@code 工程} is then one
     * term instead of three ({@code 工}, {@code 工程}, {@code 程}) whose long posting lists a broad query
     * would have to intersect; a single character still finds its unigram.
     */
    public static final String BIGRAM_QUERY = "bigram_query";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).instance(new MemoisedSegmenter());
        context.analyzer(BIGRAM).instance(new UnigramAndBigramAnalyzer(true));
        context.analyzer(BIGRAM_QUERY).instance(new UnigramAndBigramAnalyzer(false));
    }

    /** The same bigram analysis outside Hibernate Search, for the bare-Lucene benchmark floor. */
    public org.apache.lucene.analysis.Analyzer bigramForBenchmarks() {
        return new UnigramAndBigramAnalyzer(true);
    }

    /** Like Lucene's CJKAnalyzer; for the index it also keeps the single characters beside the bigrams. */
    static final class UnigramAndBigramAnalyzer extends Analyzer {
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
