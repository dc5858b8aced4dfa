/**
 * Charts drawn on the server as small PNG pictures for documents that cannot run a browser's script (a PDF report):
 * bar, stacked bar, line and pie charts with Chinese labels in the shipped CJK font, returned as {@code data:} URIs
 * for {@link org.iptalent.platform.pdf.PdfDocuments}. Pages draw their charts in the browser with ECharts.
 */
@org.springframework.modulith.NamedInterface("chart")
package org.iptalent.platform.chart;
