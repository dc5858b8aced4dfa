package org.iptalent.platform.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * smartcn's words, remembered per line. An index's search text is several fields on separate lines (a
 * talent's is its name, employer, major and position), and across a registry those lines repeat endlessly
 * (thousands of staff per employer, a few dozen majors and positions), while smartcn's segmentation is the
 * dearest step of indexing. Each distinct line is segmented once; the tokens are exactly smartcn's.
 */
final class MemoisedSegmenter extends Analyzer {

    /** Lines per generation: when one is full it becomes the old one, so what recurs survives and what not ages out. */
    private final int maxLines;

    private record Token(String term, int start, int end, int increment) {
    }

    private final Analyzer smartcn = new SmartChineseAnalyzer();

    MemoisedSegmenter() {
        this(50_000);
    }

    MemoisedSegmenter(int maxLines) {
        this.maxLines = maxLines;
    }

    private volatile Map<String, Token[]> lines = new ConcurrentHashMap<>();
    private volatile Map<String, Token[]> older = Map.of();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new LineTokenizer());
    }

    private Token[] segment(String line) {
        Token[] known = lines.get(line);
        if (known != null) {
            return known;
        }
        known = older.get(line);
        if (known != null) {
            remember(line, known);
            return known;
        }
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = smartcn.tokenStream("", line)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
                        increment.getPositionIncrement()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Token[] result = tokens.toArray(Token[]::new);
        remember(line, result);
        return result;
    }

    private void remember(String line, Token[] tokens) {
        Map<String, Token[]> current = lines;
        if (current.size() >= maxLines) {
            synchronized (this) {
                if (lines == current) {
                    older = current;
                    lines = new ConcurrentHashMap<>();
                }
            }
        }
        lines.put(line, tokens);
    }

    /** Reads the whole (short) text, then replays each line's remembered tokens with its offsets. */
    private final class LineTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final StringBuilder text = new StringBuilder();
        private final char[] buffer = new char[1024];
        private int lineStart;
        private int lineEnd;
        private Token[] tokens;
        private int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            text.setLength(0);
            for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
                text.append(buffer, 0, n);
            }
            lineStart = 0;
            lineEnd = -1;
            tokens = new Token[0];
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            while (next >= tokens.length) {
                if (lineEnd >= text.length()) {
                    return false;
                }
                lineStart = lineEnd + 1;
                int newline = text.indexOf("\n", lineStart);
                lineEnd = newline < 0 ? text.length() : newline;
                tokens = segment(text.substring(lineStart, lineEnd));
                next = 0;
            }
            clearAttributes();
            Token token = tokens[next++];
            term.append(token.term());
            offset.setOffset(correctOffset(lineStart + token.start()), correctOffset(lineStart + token.end()));
            increment.setPositionIncrement(token.increment());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(text.length());
            offset.setOffset(last, last);
        }
    }
}
