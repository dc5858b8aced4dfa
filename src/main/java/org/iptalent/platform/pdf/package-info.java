/**
 * PDF documents for every module (a certificate, a plan's evaluation report): a module writes its page as XHTML with
 * its own CSS, every value escaped with {@link org.iptalent.platform.pdf.PdfDocuments#escape}, and
 * {@link org.iptalent.platform.pdf.PdfDocuments#render} lays it out with openhtmltopdf in the shipped CJK font
 * ({@link org.iptalent.platform.pdf.PdfDocuments#FONT_FAMILY}), embedded as a subset of the characters used. The
 * renderer is loaded once per JVM in the background after start-up ({@code iptalent.pdf.warm-up}).
 */
@org.springframework.modulith.NamedInterface("pdf")
package org.iptalent.platform.pdf;
