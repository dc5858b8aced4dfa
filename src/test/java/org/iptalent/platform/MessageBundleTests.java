package org.iptalent.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text a page shows exists in Chinese and in English. */
class MessageBundleTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

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
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        zh.forEach((k, v) -> assertThat(v.toString()).as("zh " + k).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
    }

    @Test
    void everyMessageKeyWrittenInATemplateExists() throws IOException {
        Properties zh = bundle("messages.properties");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    if (!zh.containsKey(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
