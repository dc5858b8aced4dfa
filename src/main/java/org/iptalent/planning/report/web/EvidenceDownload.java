package org.iptalent.planning.report.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.iptalent.planning.report.EvidenceFile;
import org.iptalent.spreadsheet.Attachment;

/** An evidence file sent as a download, never shown inline from the platform's origin. */
final class EvidenceDownload {

    private EvidenceDownload() {
    }

    static void write(EvidenceFile file, HttpServletResponse response) throws IOException {
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", Attachment.contentDisposition(file.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
