/**
 * The certificate module's pages: the public verification page the QR code leads to, the administrators' list,
 * detail (revoke, renew), types and upload review, and a talent's own certificates with their uploads.
 */
package org.iptalent.certificate.web;
