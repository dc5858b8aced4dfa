package org.iptalent.certificate;

/** A certificate's PDF and the file name to offer it under, in the reader's language. */
public record CertificatePdf(String fileName, byte[] content) {
}
