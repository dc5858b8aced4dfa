/**
 * Spreadsheets in and out, for every module. An import is an upload that becomes a background job: the
 * file is sniffed and guarded (size, rows, ZIP bombs, XML entities), read as a stream (XLSX, or CSV in
 * UTF-8 with or without BOM, or GB18030), matched to columns by header in either language, checked row by
 * row with localized messages, merged in one all-or-nothing transaction while it is read, and recovered
 * after a crash; refused rows come back as an error workbook. A module supplies only an
 * {@link org.iptalent.spreadsheet.ImportKind}: its columns, its row rule and its merge.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheets")
package org.iptalent.spreadsheet;
