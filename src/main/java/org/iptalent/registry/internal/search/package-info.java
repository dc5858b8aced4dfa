/**
 * Full-text and faceted search of the registry: the query, what a search may ask for, and keeping the index in
 * step with rows written by SQL, including an import's documents, hidden until its rows are committed.
 */
package org.iptalent.registry.internal.search;
