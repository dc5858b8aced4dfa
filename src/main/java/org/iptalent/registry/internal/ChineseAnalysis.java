package org.iptalent.registry.internal;

import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Two analyzers for Chinese text. smartcn segments words ({@code 专利代理} finds {@code 专利代理师});
 * it misses prefixes and splits short personal names unpredictably, so names and organisations are
 * indexed a second time as overlapping character bigrams ({@code 北京} finds {@code 北京市}), and
 * queries search both.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

    public static final String CHINESE = "chinese";
    public static final String BIGRAM = "bigram";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
        context.analyzer(BIGRAM).instance(new CJKAnalyzer());
    }
}
