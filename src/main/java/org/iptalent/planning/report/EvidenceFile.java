package org.iptalent.planning.report;

/** A reported value's evidence to download: its kept name, its media type (as its bytes said) and its bytes. */
public record EvidenceFile(String name, String mediaType, byte[] content) {
}
