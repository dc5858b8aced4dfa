package org.iptalent.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text a page shows exists in Chinese and in English: the bundles have the same keys, none twice and none
 * empty, and every key a template or the Java code names exists in both. Each test lists every finding.
 */
class MessageBundleTests {

    private static final List<String> BUNDLES = List.of("messages.properties", "messages_en.properties");

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    /** A Java literal shaped like a message key: dotted words, or one in braces (a validation message). */
    private static final Pattern JAVA_KEY = Pattern.compile("\\{?([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+)+\\.?)}?");

    /** Literals shaped like message keys (under a bundle's prefix) that are none, each with its reason. */
    private static final Map<String, String> NOT_KEYS = Map.ofEntries(
            Map.entry("user.timezone", "the JVM's system property"),
            Map.entry("token.invalid",
                    "the marker BearerTokenFilter gives SecurityProblems, which answers problem.tokenInvalid"),
            Map.entry("training.national-bases",
                    "an indicator source's code (planning.IndicatorSource), which plans name"),
            Map.entry("training.satisfaction",
                    "an indicator source's code (planning.IndicatorSource), which plans name"),
            Map.entry("training.publicity-staff-trained",
                    "an indicator source's code (planning.IndicatorSource), which plans name"),
            Map.entry("expert.trademark-examination-team", "an indicator source's code (planning.IndicatorSource)"),
            Map.entry("expert.appointed-experts", "an indicator source's code (planning.IndicatorSource)"),
            Map.entry("demand.staff", "an indicator source's code (planning.IndicatorSource), which analytics forecasts"),
            Map.entry("demand.team.", "the start of the demand's indicator sources' codes, one per team"),
            Map.entry("expert.bj", "a demo account's user name (TrainingBaseDemoData's reviewers)"),
            Map.entry("expert.sh", "a demo account's user name (TrainingBaseDemoData's reviewers)"),
            Map.entry("expert.gd", "a demo account's user name (TrainingBaseDemoData's reviewers)"));

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(MessageBundleTests.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        List<String> findings = new ArrayList<>();
        zh.stringPropertyNames().stream().filter(k -> !en.containsKey(k)).sorted()
                .forEach(k -> findings.add("only in messages.properties: " + k));
        en.stringPropertyNames().stream().filter(k -> !zh.containsKey(k)).sorted()
                .forEach(k -> findings.add("only in messages_en.properties: " + k));
        zh.forEach((k, v) -> {
            if (v.toString().isBlank()) {
                findings.add("empty in messages.properties: " + k);
            }
        });
        en.forEach((k, v) -> {
            if (v.toString().isBlank()) {
                findings.add("empty in messages_en.properties: " + k);
            }
        });
        assertThat(findings).isEmpty();
    }

    /** A key given twice keeps its last text silently: two engineers appending the same key would not notice. */
    @Test
    void noBundleGivesAKeyTwice() throws IOException {
        List<String> findings = new ArrayList<>();
        for (String name : BUNDLES) {
            Map<String, Integer> seen = new HashMap<>();
            List<String> lines = Files.readAllLines(Path.of("src/main/resources", name), StandardCharsets.UTF_8);
            boolean continued = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean logical = !continued;
                continued = line.endsWith("\\") && !line.endsWith("\\\\");
                String trimmed = line.strip();
                if (!logical || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                String key = trimmed.split("\\s*[=:]", 2)[0].strip();
                Integer first = seen.putIfAbsent(key, i + 1);
                if (first != null) {
                    findings.add(name + ":" + (i + 1) + ": " + key + " (first at line " + first + ")");
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void everyMessageKeyWrittenInATemplateExists() throws IOException {
        List<Properties> bundles = List.of(bundle(BUNDLES.get(0)), bundle(BUNDLES.get(1)));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(LiteralTextTests.TEMPLATES)) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = LITERAL_KEY.matcher(lines.get(i));
                    while (m.find()) {
                        for (int b = 0; b < bundles.size(); b++) {
                            if (!bundles.get(b).containsKey(m.group(1))) {
                                missing.add(template + ":" + (i + 1) + ": " + m.group(1) + " not in " + BUNDLES.get(b));
                            }
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Every literal in the Java code that is shaped like a key under one of the bundles' prefixes ("import.",
     * "problem.", ...) is a key of both bundles (an exception's messageKey, a flash message, getMessage's code, a
     * validation message in braces, a navigation label); one ending in a dot, the start of a key built at run
     * time, begins at least one key.
     */
    @Test
    void everyMessageKeyWrittenInJavaExists() throws IOException {
        List<Properties> bundles = List.of(bundle(BUNDLES.get(0)), bundle(BUNDLES.get(1)));
        Set<String> prefixes = bundles.get(0).stringPropertyNames().stream().map(k -> k.split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = new ArrayList<>();
        for (JavaSources.Literal literal : JavaSources.literals(LiteralTextTests.JAVA)) {
            Matcher m = JAVA_KEY.matcher(literal.value());
            if (!m.matches() || !prefixes.contains(m.group(1).split("\\.")[0]) || NOT_KEYS.containsKey(m.group(1))) {
                continue;
            }
            String key = m.group(1);
            for (int b = 0; b < bundles.size(); b++) {
                Set<String> keys = bundles.get(b).stringPropertyNames();
                boolean found = key.endsWith(".") ? keys.stream().anyMatch(k -> k.startsWith(key)) : keys.contains(key);
                if (!found) {
                    missing.add(literal.where() + ": " + key + " not in " + BUNDLES.get(b));
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
