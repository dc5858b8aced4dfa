package org.iptalent.certificate.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * An uploaded certificate's file: its name as the client sent it, its content, and its kind as its first bytes say
 * (never as the client's content type says).
 */
public record CertificateFile(String name, byte[] content, Kind kind) {

    /** The kinds of file a certificate may be, by their magic bytes. */
    public enum Kind {
        PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
        JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        private final String mediaType;
        private final String extension;
        private final byte[] magic;

        Kind(String mediaType, String extension, byte[] magic) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The kind whose magic bytes {@code content} starts with. */
        public static Optional<Kind> of(byte[] head) {
            return Arrays.stream(values()).filter(kind -> head.length >= kind.magic.length
                    && Arrays.equals(head, 0, kind.magic.length, kind.magic, 0, kind.magic.length)).findFirst();
        }
    }
}
