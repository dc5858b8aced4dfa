package org.iptalent.certificate.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a certificate is revoked: kept in the audit log, never shown by verification. */
record RevocationRequest(@Schema(description = "The reason, 1 to 500 characters.", requiredMode =
        Schema.RequiredMode.REQUIRED) String reason) {
}
