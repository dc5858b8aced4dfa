package org.iptalent.platform.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PDF settings, {@code iptalent.pdf.*} (application.properties reads {@code iptalent.certificate.pdf.warm-up},
 * their name while only certificates were printed, when only that is set).
 *
 * @param warmUp whether a small document is rendered in the background once the platform has started, so that the
 *               first user's download does not pay for loading the renderer (about 0.7 s on two cores)
 */
@ConfigurationProperties("iptalent.pdf")
public record PdfProperties(@DefaultValue("true") boolean warmUp) {
}
