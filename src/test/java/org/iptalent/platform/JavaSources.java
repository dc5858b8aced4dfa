package org.iptalent.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small scanner of Java sources for the i18n tests: the string literals (and text blocks) of every file under a
 * directory, comments skipped, each with its line and the statement it stands in.
 */
final class JavaSources {

    /** A literal's value (escapes left as written), where it starts, and the code before it in its statement. */
    record Literal(Path file, int line, String value, String statement) {

        String where() {
            return Path.of("").toAbsolutePath().relativize(file.toAbsolutePath()) + ":" + line;
        }
    }

    static List<Path> files(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Literal> literals(Path root) {
        List<Literal> literals = new ArrayList<>();
        for (Path file : files(root)) {
            try {
                literals.addAll(literals(file, Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return literals;
    }

    /** The literals of one source; a comment is blanked out of the statements, a literal stays in them. */
    static List<Literal> literals(Path file, String source) {
        List<Literal> literals = new ArrayList<>();
        StringBuilder code = new StringBuilder(); // the source without comments
        int statementStart = 0;
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                code.append(c);
                i++;
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int j = i; j < end; j++) {
                    if (source.charAt(j) == '\n') {
                        line++;
                        code.append('\n');
                    }
                }
                code.append(' ');
                i = end;
            } else if (c == '"' && source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && escaped(source, end)) {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                String value = source.substring(i + 3, Math.max(i + 3, end - 3));
                literals.add(new Literal(file, line, value, code.substring(statementStart)));
                code.append(source, i, end);
                line += (int) value.chars().filter(ch -> ch == '\n').count();
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                String value = source.substring(i + 1, Math.min(j, n));
                literals.add(new Literal(file, line, value, code.substring(statementStart)));
                code.append(source, i, Math.min(j + 1, n));
                i = j + 1;
            } else {
                code.append(c);
                if (c == ';' || c == '{' || c == '}') {
                    statementStart = code.length();
                }
                i++;
            }
        }
        return literals;
    }

    private static boolean escaped(String source, int at) {
        int backslashes = 0;
        for (int k = at - 1; k >= 0 && source.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private JavaSources() {
    }
}
