/**
 * Chinese full-text search for any module's index. To search its own records, a module
 * <ul>
 * <li>indexes its text with the platform's analyzers, which Hibernate Search knows by name in every index:
 * {@code @FullTextField(analyzer = ChineseAnalysis.CHINESE)} for smartcn's words and, for text that any
 * part of a name must find (a person, an organisation), a second field with
 * {@code analyzer = ChineseAnalysis.BIGRAM, searchAnalyzer = ChineseAnalysis.BIGRAM_QUERY}; several parts
 * of a record may share one field, on separate lines;</li>
 * <li>runs each query through {@link org.iptalent.platform.search.SearchGate#run}, which refuses it as busy
 * (503 with Retry-After, in the user's language) when every place has been taken for longer than
 * {@code iptalent.search.max-wait};</li>
 * <li>keeps anything it stores beside its index under
 * {@link org.iptalent.platform.search.SearchProperties#indexDirectory}.</li>
 * </ul>
 * Outside Hibernate Search (a bare Lucene index, a test), {@link org.iptalent.platform.search.ChineseAnalysis#words},
 * {@link org.iptalent.platform.search.ChineseAnalysis#bigrams} and
 * {@link org.iptalent.platform.search.ChineseAnalysis#bigramQueries} give the same analysis.
 */
@org.springframework.modulith.NamedInterface("search")
package org.iptalent.platform.search;
