/**
 * Uploaded files, one mechanism for every module: an upload refused by its declared size before it is read, a
 * document or image recognised by its bytes, kept under a cleaned name with its SHA-256 in {@code uploaded_file};
 * each module links its records to the file ids it stores.
 */
@org.springframework.modulith.NamedInterface("file")
package org.iptalent.platform.file;
