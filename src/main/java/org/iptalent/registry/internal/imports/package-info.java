/**
 * The registry's spreadsheet import: the template and its columns, reading coded cells, checking each row, and
 * merging a file into the registry batch by batch in one transaction.
 */
package org.iptalent.registry.internal.imports;
