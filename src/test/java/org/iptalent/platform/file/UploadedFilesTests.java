package org.iptalent.platform.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.Role;
import org.iptalent.support.PlatformTest;
import org.iptalent.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The platform's one upload mechanism: a document is recognised by its bytes and kept under a name ending in what it
 * is; a module may accept fewer kinds; what is stored is described without its bytes, read back whole, and deleted.
 */
@PlatformTest
class UploadedFilesTests {

    static final UploadedFiles.Refusals REFUSALS = new UploadedFiles.Refusals("file", "required", "tooLarge", "kind");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    UploadedFiles files;
    @Autowired
    TestAccounts accounts;

    @Test
    void aStoredFileIsDescribedReadAndDeleted() {
        UploadedFiles.Checked checked = files.check(new MockMultipartFile("file", "报告.html", "text/html", PDF),
                REFUSALS, "report");
        assertThat(checked.name()).isEqualTo("报告.html.pdf");
        long uploader = accounts.active("files.uploader", Role.NATIONAL_ADMIN, null).id();
        long id = files.store(checked, uploader, Instant.parse("2026-11-30T08:00:00Z"));

        UploadedFiles.FileInfo info = files.describe(id).orElseThrow();
        assertThat(info.name()).isEqualTo("报告.html.pdf");
        assertThat(info.mediaType()).isEqualTo("application/pdf");
        assertThat(info.size()).isEqualTo(PDF.length);
        assertThat(info.sha256()).hasSize(64);
        assertThat(files.describe(List.of(id))).containsExactly(info);
        assertThat(files.content(id).orElseThrow().content()).isEqualTo(PDF);

        files.delete(id);
        assertThat(files.describe(id)).isEmpty();
        assertThat(files.content(id)).isEmpty();
    }

    @Test
    void aModuleMayAcceptFewerKinds() {
        MockMultipartFile image = new MockMultipartFile("file", "scan.pdf", "application/pdf", PNG);
        assertThat(files.check(image, REFUSALS, "scan").kind()).isEqualTo(AttachmentKind.PNG);
        assertThatThrownBy(() -> files.check(image, REFUSALS, "scan", EnumSet.of(AttachmentKind.PDF,
                AttachmentKind.DOC, AttachmentKind.DOCX)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("kind"));
    }
}
