package org.iptalent.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The bundled list of common and breached passwords ({@code identity/common-passwords.txt}). */
@Component
class CommonPasswords {

    private final Set<String> passwords;

    CommonPasswords() {
        Set<String> loaded = new HashSet<>(16_384);
        ClassPathResource resource = new ClassPathResource("identity/common-passwords.txt");
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> loaded.add(line.trim().toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the common-password list", e);
        }
        this.passwords = Set.copyOf(loaded);
    }

    boolean contains(String password) {
        return passwords.contains(password.toLowerCase(Locale.ROOT));
    }
}
