package org.iptalent.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Every text a user sees comes from the message bundles, in Chinese and English: no page shows a literal text, and
 * no Java code hands a user a literal Chinese text. Each test lists every finding, as file:line.
 */
class LiteralTextTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");

    /** Literal texts a page may show as they are: the brand and the names of file formats, the same in any language. */
    private static final Set<String> ALLOWED_WORDS = Set.of("IPTalent", "XLSX", "CSV");

    /** What Thymeleaf leaves of a text that has none of its own: inline expressions and character references. */
    private static final Pattern NOT_TEXT = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|&#?[a-zA-Z0-9]+;");

    /** Attributes a user reads or hears (value only on buttons, below). */
    private static final Set<String> USER_FACING_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label",
            "aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext", "label", "data-confirm");

    /** Attributes by which Thymeleaf replaces an element's body: its literal content is a prototype's. */
    private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:errors", "th:insert",
            "th:replace", "th:include", "th:substituteby");

    /** Elements whose content is code, not text: scripts, styles and code samples. */
    private static final Set<String> CODE_ELEMENTS = Set.of("script", "style", "code", "kbd", "samp", "pre");

    /**
     * Java files whose Chinese literals no user sees as interface text, each with its reason. A set of literals
     * restricts an exclusion to them; {@code null} excludes the whole file. Log messages (log.info(...) and the
     * like) are excluded wherever they are.
     */
    private static final Map<String, Exclusion> JAVA_EXCLUSIONS = Map.of(
            "org/iptalent/registry/internal/imports/ImportColumns.java", new Exclusion(null,
                    "the template's canonical Chinese column headers, matched against uploaded files; the export and "
                            + "the error report take their labels from the bundles (import.column.*)"),
            "org/iptalent/registry/internal/imports/ImportCodes.java", new Exclusion(Set.of("男", "女"),
                    "input vocabulary: the genders an uploaded file may give in Chinese, never shown"),
            "org/iptalent/registry/internal/demo/RegistryDemoData.java", new Exclusion(null,
                    "demo data: names, employers and majors of generated talents are records, not interface text"),
            "org/iptalent/registry/internal/demo/DemoCountry.java", new Exclusion(null,
                    "demo data: the generated country's place and person names are records, not interface text"),
            "org/iptalent/demo/internal/DemoAccounts.java", new Exclusion(null,
                    "demo data: the demo accounts' display names are records, not interface text"),
            "org/iptalent/identity/internal/AdminBootstrap.java", new Exclusion(Set.of("系统安全管理员"),
                    "data: the first security administrator's display name, stored once with the account and "
                            + "changeable like any account's name"),
            "org/iptalent/platform/web/ApiDocumentation.java", new Exclusion(null,
                    "the OpenAPI contract is one English document for integrators; it names the platform by its "
                            + "official Chinese name beside the English one"));

    record Exclusion(Set<String> literals, String reason) {
    }

    @Test
    void templatesShowNoLiteralText() throws Exception {
        List<String> findings = new ArrayList<>();
        for (Path template : templates()) {
            visit(template, parse(Files.readString(template)), findings);
        }
        assertThat(findings).as("literal texts in templates; take them from the bundles (th:text=\"#{...}\", "
                + "th:title, th:aria-label, th:placeholder, th:value, th:attr)").isEmpty();
    }

    @Test
    void javaHandsNoUserALiteralChineseText() {
        List<String> findings = new ArrayList<>();
        for (JavaSources.Literal literal : JavaSources.literals(JAVA)) {
            if (literal.value().codePoints().anyMatch(LiteralTextTests::isCjk) && !excluded(literal)) {
                findings.add(literal.where() + ": \"" + literal.value().strip() + "\"");
            }
        }
        assertThat(findings).as("Chinese literals in src/main/java; take them from the bundles in the user's locale "
                + "(MessageSource), or add an exclusion with its reason to LiteralTextTests").isEmpty();
    }

    /** The scanners themselves find what they are meant to. */
    @Test
    void theScannersFindLiterals() throws Exception {
        String html = """
                <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: layout(~{::section})}"><body>
                <section>
                  <h1 th:text="#{a.title}">Prototype</h1>
                  <p>Literal</p>
                  <button type="button" aria-label="Close"></button>
                  <input type="submit" value="Send" th:placeholder="#{a.b}" placeholder="x">
                  <img alt="logo" th:alt="#{a.logo}"> <span>IPTalent · &nbsp; → [[#{a.c}]]</span>
                  <span title="提示" th:attr="title=#{a.d}">中文</span><script>var s = 'code';</script>
                </section></body></html>
                """;
        List<String> findings = new ArrayList<>();
        visit(Path.of("t.html"), parse(html), findings);
        assertThat(findings).containsExactly("t.html:4: text \"Literal\"", "t.html:5: aria-label=\"Close\"",
                "t.html:6: value=\"Send\"", "t.html:8: text \"中文\"");

        String java = """
                class A {
                    // "注释"
                    String a = "文字"; /* "注释" */
                    void b() { log.warn("日志 {}", x); throw new X("problem.key", "错误"); }
                    String c = \"""
                            多行\""";
                    char d = '男';
                }
                """;
        assertThat(JavaSources.literals(Path.of("A.java"), java).stream()
                .filter(l -> l.value().codePoints().anyMatch(LiteralTextTests::isCjk) && !isLog(l.statement()))
                .map(l -> l.line() + " " + l.value().strip()).toList())
                .containsExactly("3 文字", "4 错误", "5 多行", "7 男");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** An element of a template as attoparser reads it (HTML rules: void elements, optional end tags). */
    private static final class Element {
        final String name;
        final int line;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Object> children = new ArrayList<>();
        final Element parent;

        Element(String name, int line, Element parent) {
            this.name = name.toLowerCase();
            this.line = line;
            this.parent = parent;
            if (parent != null) {
                parent.children.add(this);
            }
        }
    }

    private record Text(String content, int line) {
    }

    /** The template's element tree, its comments and doctype left out. */
    static Element parse(String html) throws ParseException {
        Element document = new Element("#document", 1, null);
        new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(html, new AbstractMarkupHandler() {
            Element current = document;

            @Override
            public void handleOpenElementStart(char[] b, int offset, int length, int line, int col) {
                current = new Element(new String(b, offset, length), line, current);
            }

            @Override
            public void handleStandaloneElementStart(char[] b, int offset, int length, boolean minimized, int line,
                    int col) {
                current = new Element(new String(b, offset, length), line, current);
            }

            @Override
            public void handleStandaloneElementEnd(char[] b, int offset, int length, boolean minimized, int line,
                    int col) {
                current = current.parent;
            }

            @Override
            public void handleCloseElementEnd(char[] b, int offset, int length, int line, int col) {
                current = current.parent;
            }

            @Override
            public void handleAutoCloseElementEnd(char[] b, int offset, int length, int line, int col) {
                current = current.parent;
            }

            @Override
            public void handleAttribute(char[] b, int nameOffset, int nameLength, int nameLine, int nameCol,
                    int operatorOffset, int operatorLength, int operatorLine, int operatorCol, int valueContentOffset,
                    int valueContentLength, int valueOuterOffset, int valueOuterLength, int valueLine, int valueCol) {
                current.attributes.put(new String(b, nameOffset, nameLength).toLowerCase(),
                        new String(b, valueContentOffset, valueContentLength));
            }

            @Override
            public void handleText(char[] b, int offset, int length, int line, int col) {
                current.children.add(new Text(new String(b, offset, length), line));
            }
        });
        return document;
    }

    private static void visit(Path template, Element parent, List<String> findings) {
        for (Object node : parent.children) {
            if (node instanceof Element element) {
                attributes(template, element, findings);
                // the root's th:replace pulls fragments out of its own body (~{::section}): that body is shown
                boolean bodyReplaced = !element.name.equals("html")
                        && element.attributes.keySet().stream().anyMatch(BODY_REPLACING::contains);
                String removed = element.attributes.getOrDefault("th:remove", "");
                if (!bodyReplaced && !CODE_ELEMENTS.contains(element.name) && !removed.equals("all")
                        && !removed.equals("body")) {
                    visit(template, element, findings);
                }
            } else if (node instanceof Text text && isText(text.content())) {
                String content = text.content();
                int leading = content.length() - content.stripLeading().length();
                int line = text.line() + (int) content.substring(0, leading).chars().filter(c -> c == '\n').count();
                findings.add(where(template) + ":" + line + ": text \"" + content.strip() + "\"");
            }
        }
    }

    private static void attributes(Path template, Element element, List<String> findings) {
        Map<String, String> attributes = element.attributes;
        String thAttr = attributes.getOrDefault("th:attr", "");
        String type = attributes.getOrDefault("type", "").toLowerCase();
        boolean valueShown = element.name.equals("button")
                || element.name.equals("input") && Set.of("submit", "button", "reset").contains(type);
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            String name = attribute.getKey().toLowerCase();
            if (!USER_FACING_ATTRIBUTES.contains(name) && !(valueShown && name.equals("value"))) {
                continue;
            }
            boolean replaced = attributes.containsKey("th:" + name)
                    || Pattern.compile("(^|[\\s,])" + Pattern.quote(name) + "\\s*=").matcher(thAttr).find()
                    || (name.equals("alt") || name.equals("title")) && attributes.containsKey("th:alt-title");
            if (!replaced && isText(attribute.getValue())) {
                findings.add(where(template) + ":" + element.line + ": " + name + "=\"" + attribute.getValue()
                        + "\"");
            }
        }
    }

    /** Whether a literal holds a word (of any script) other than the allowed ones. */
    static boolean isText(String literal) {
        String rest = NOT_TEXT.matcher(literal == null ? "" : literal).replaceAll(" ");
        for (String allowed : ALLOWED_WORDS) {
            rest = rest.replace(allowed, " ");
        }
        return rest.codePoints().anyMatch(Character::isLetter);
    }

    /** A Chinese character (punctuation alone, such as the list separator 、, is no text). */
    static boolean isCjk(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static final Pattern LOG_CALL = Pattern.compile(
            "^\\s*(?:this\\.)?(?:log|LOG|logger|LOGGER)\\s*\\.\\s*(?:trace|debug|info|warn|error|atInfo|atWarn|atError|atDebug)\\s*\\(",
            Pattern.DOTALL);

    /** A log message is for operators, in whatever language the platform's logs are. */
    static boolean isLog(String statement) {
        return LOG_CALL.matcher(statement).find();
    }

    private static boolean excluded(JavaSources.Literal literal) {
        if (isLog(literal.statement())) {
            return true;
        }
        String path = JAVA.toAbsolutePath().relativize(literal.file().toAbsolutePath()).toString().replace('\\', '/');
        Exclusion exclusion = JAVA_EXCLUSIONS.get(path);
        return exclusion != null && (exclusion.literals() == null || exclusion.literals().contains(literal.value()));
    }

    private static String where(Path template) {
        return template.toString().replace('\\', '/');
    }
}
