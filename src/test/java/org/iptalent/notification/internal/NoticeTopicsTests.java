package org.iptalent.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The inbox names a notice's topic by {@code notification.topic.<topic>}: every topic the modules send under is named
 * in both bundles (else the inbox shows the raw code), and every named topic is one a module sends under (else the
 * bundles carry labels for nothing). Read from the sources, so that a sender no test runs is checked too.
 */
class NoticeTopicsTests {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final List<Path> BUNDLES = List.of(Path.of("src", "main", "resources", "messages.properties"),
            Path.of("src", "main", "resources", "messages_en.properties"));
    /** {@code Notice.of(recipient, "topic", …)} or {@code Notice.of(recipient, TOPIC, …)}. */
    private static final Pattern SENT = Pattern.compile(
            "Notice\\.of\\(\\s*[^,]+,\\s*(?:\"([^\"]+)\"|([A-Za-z_][\\w.]*))\\s*,");
    private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"");

    @Test
    void everyTopicSentIsNamedInBothBundlesAndEveryNamedTopicIsSent() throws IOException {
        Map<String, List<String>> classes = new HashMap<>();
        List<String> senders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                String name = file.getFileName().toString().replace(".java", "");
                classes.computeIfAbsent(name, k -> new ArrayList<>()).add(source);
                if (source.contains("Notice.of(")) {
                    senders.add(source);
                }
            }
        }
        Set<String> sent = new TreeSet<>();
        for (String source : senders) {
            Matcher matcher = SENT.matcher(source);
            while (matcher.find()) {
                sent.add(matcher.group(1) != null ? matcher.group(1) : constant(matcher.group(2), source, classes));
            }
        }
        assertThat(sent).as("the topics found in the sources").contains("account", "survey", "enrollment");

        for (Path bundle : BUNDLES) {
            Properties messages = new Properties();
            try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            Set<String> named = new TreeSet<>();
            messages.stringPropertyNames().stream().filter(k -> k.startsWith(NoticeRules.TOPIC_LABEL))
                    .forEach(k -> named.add(k.substring(NoticeRules.TOPIC_LABEL.length())));
            assertThat(named).as("the topics named in " + bundle.getFileName()).isEqualTo(sent);
        }
    }

    /** The value of a topic's constant: {@code TOPIC} in the sender's own class, or {@code Other.TOPIC}. */
    private static String constant(String reference, String source, Map<String, List<String>> classes) {
        int dot = reference.lastIndexOf('.');
        String field = reference.substring(dot + 1);
        List<String> candidates = dot < 0 ? List.of(source)
                : classes.getOrDefault(reference.substring(reference.lastIndexOf('.', dot - 1) + 1, dot), List.of());
        for (String candidate : candidates) {
            Matcher matcher = CONSTANT.matcher(candidate);
            while (matcher.find()) {
                if (matcher.group(1).equals(field)) {
                    return matcher.group(2);
                }
            }
        }
        throw new AssertionError("A notice's topic " + reference + " is neither a literal nor a constant this test "
                + "can read: name it so, or teach the test");
    }
}
