package org.iptalent.platform.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * The Chinese texts a demo contributor writes into its records (names, places, reasons, questions), kept out of
 * the code in a UTF-8 properties file of its module ({@code training/base-demo.properties}) and out of the message
 * bundles, which hold what the platform itself says. A key that is missing is a bug of the demo, said at once.
 */
public final class DemoTexts {

    private final String resource;
    private final Properties texts;

    private DemoTexts(String resource, Properties texts) {
        this.resource = resource;
        this.texts = texts;
    }

    /** Reads the texts of a class-path resource. */
    public static DemoTexts load(String resource) {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("demo texts " + resource, e);
        }
        return new DemoTexts(resource, texts);
    }

    public String get(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no demo text " + key + " in " + resource);
        }
        return text;
    }

    /** The texts {@code prefix.1}, {@code prefix.2}… up to the first number missing: a list to pick from. */
    public List<String> numbered(String prefix) {
        List<String> list = new ArrayList<>();
        for (int i = 1; texts.containsKey(prefix + "." + i); i++) {
            list.add(texts.getProperty(prefix + "." + i));
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("no demo texts " + prefix + ".1… in " + resource);
        }
        return list;
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}}… filled in (MessageFormat, Chinese). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.CHINESE).format(args);
    }
}
