/**
 * Talent programmes: a programme (national IP leading talents, a province's own) holds a selection round a year;
 * provinces nominate talents of their region within quotas, reviewers drawn from the expert pool score the
 * nominations, the administration publishes the best in a public notice and, once it has closed, selects them. A
 * selection shows on the talent's registry profile and counts, by region, for the plan's indicators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Talent programmes")
package org.iptalent.programme;
