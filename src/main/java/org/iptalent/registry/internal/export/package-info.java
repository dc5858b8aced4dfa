/**
 * The registry list as a spreadsheet: a filtered search in the import template's columns, masked unless a
 * permitted role asks otherwise, audited with its filters by name.
 */
package org.iptalent.registry.internal.export;
