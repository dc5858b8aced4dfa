package org.iptalent.spreadsheet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download's Content-Disposition: the file's name in the user's language, Chinese included (RFC 6266). */
public final class Attachment {

    private Attachment() {
    }

    public static String contentDisposition(String fileName) {
        return "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
