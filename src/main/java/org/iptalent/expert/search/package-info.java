/**
 * Chinese full-text and faceted search of the expert pool through the platform's analysis and search gate: the
 * index's mapping (programmatic, one binder), keeping it and the registry's names copied onto experts current, the
 * query with its facets, and the database's confirmation of every page.
 */
package org.iptalent.expert.search;
