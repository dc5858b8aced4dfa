/**
 * Employers' demand for IP staff: employers report what they need (team, category, education, count, place,
 * industry, horizon) for their own organisation, administrations on their behalf, in a survey round a year that
 * the national or a provincial administration opens and tracks; an employer sees anonymous supply statistics of
 * its region and industry. {@link org.iptalent.demand.DemandFigures} gives the demand grouped for analytics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employers' demand")
package org.iptalent.demand;
