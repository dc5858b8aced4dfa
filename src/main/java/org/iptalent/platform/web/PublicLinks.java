package org.iptalent.platform.web;

import org.springframework.stereotype.Component;

/** Absolute links to the platform's pages, for what leaves it: an e-mail, the QR code on a certificate. */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(WebRequestProperties properties) {
        String url = properties.publicUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code path} is the platform's own path, starting with {@code /}. */
    public String absolute(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A platform path starts with /: " + path);
        }
        return base + path;
    }
}
