/**
 * The training module over the REST API ({@code /api/v1/programs}, {@code /api/v1/classes},
 * {@code /api/v1/talents/{id}/training}): the catalogue of programs and classes, enrollment of one talent, of a
 * cohort from a registry search or of oneself, rosters, attendance and scores. The module's services decide who
 * may do what; this package reads requests, checks their shape and maps entities to the API's records.
 */
package org.iptalent.training.api;
