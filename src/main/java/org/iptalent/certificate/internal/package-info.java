/**
 * The certificate module's domain and use cases: types and their serial formats, issuing (idempotent, with race-free
 * serial numbers and random verification codes), the public verification with its per-client limit, the PDF, the
 * administrators' revocation and renewal, the renewal reminders, and certificates earned elsewhere.
 */
package org.iptalent.certificate.internal;
