package org.iptalent.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class MemoisedSegmenterTests {

    private final Analyzer memoised = new MemoisedSegmenter();
    private final Analyzer smartcn = new SmartChineseAnalyzer();

    @Test
    void givesSmartcnsWordsAndOffsetsLineByLineTheFirstTimeAndEveryTimeAfter() throws IOException {
        String[] texts = {"王小明 \n北京华夏恒信专利代理事务所 \n电子信息工程 \n专利代理师",
            "李娜 \n北京华夏恒信专利代理事务所 \n知识产权法 \n高级工程师", "", "张伟", "IBM中国研究院 \n\nR&D 经理"};
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                List<String> expected = new ArrayList<>();
                for (String line : text.split("\n", -1)) {
                    expected.addAll(tokens(smartcn, line, text.indexOf(line)));
                }
                assertThat(tokens(memoised, text, 0)).as(text).isEqualTo(expected);
            }
        }
    }

    @Test
    void forgetsLinesThatDoNotRecurWithoutChangingAnyAnswer() throws IOException {
        Analyzer small = new MemoisedSegmenter(3);
        String[] lines = {"专利代理师", "电子信息工程", "知识产权运营", "北京市海淀区", "高级工程师", "商标代理人", "法务主管"};
        for (int round = 0; round < 5; round++) {
            for (String line : lines) {
                String text = line + " \n专利代理师";
                List<String> expected = new ArrayList<>(tokens(smartcn, line + " ", 0));
                expected.addAll(tokens(smartcn, "专利代理师", line.length() + 2));
                assertThat(tokens(small, text, 0)).as(text).isEqualTo(expected);
            }
        }
    }

    /** Each token as term@start-end, offsets shifted by {@code base}. */
    private static List<String> tokens(Analyzer analyzer, String text, int base) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "@" + (base + offset.startOffset()) + "-" + (base + offset.endOffset()));
            }
            stream.end();
        }
        return tokens;
    }
}
