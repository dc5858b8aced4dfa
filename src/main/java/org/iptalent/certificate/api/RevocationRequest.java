package org.iptalent.certificate.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Why a certificate is revoked: kept in the audit log, never shown by verification. The version read, when the
 * request does not carry it as If-Match.
 */
record RevocationRequest(@Schema(description = "The reason, 1 to 500 characters.", requiredMode =
        Schema.RequiredMode.REQUIRED) String reason,
        @Schema(description = "The certificate's version as you read it, when you do not send If-Match; a stale "
                + "version is 409.") Long version) {
}
