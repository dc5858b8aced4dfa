/**
 * PostgreSQL where it pays, for every module: {@link org.iptalent.platform.jdbc.CopyRows} writes many rows with
 * one {@code COPY}, the fastest way into a table (imports, demo data).
 */
@org.springframework.modulith.NamedInterface("jdbc")
package org.iptalent.platform.jdbc;
