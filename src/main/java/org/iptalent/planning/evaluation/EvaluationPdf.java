package org.iptalent.planning.evaluation;

/** An evaluation's PDF and the name it is downloaded under. */
public record EvaluationPdf(String fileName, byte[] content) {
}
