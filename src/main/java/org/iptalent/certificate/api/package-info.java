/**
 * The certificate module's REST API: the administrators' certificates ({@code /api/v1/certificates}) and the public
 * verification by code, which needs no token.
 */
package org.iptalent.certificate.api;
