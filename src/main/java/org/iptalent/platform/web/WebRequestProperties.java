package org.iptalent.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize the largest request body that is not an upload, refused with 413 before anything reads it;
 *                    uploads (multipart) have Spring's {@code spring.servlet.multipart.max-request-size} instead
 * @param publicUrl   the address people reach the platform at, for links that leave it: e-mails, a certificate's
 *                    QR code (never taken from a request's Host header, which a client chooses)
 */
@ConfigurationProperties("iptalent.web")
public record WebRequestProperties(@DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("http://localhost:8080") java.net.URI publicUrl) {
}
