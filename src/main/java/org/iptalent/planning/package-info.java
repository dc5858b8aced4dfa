/**
 * Plans and indicators: the plan as live data (its period, main indicators, other quantified commitments, tasks and
 * key projects), indicators computed by the sources other modules contribute ({@link IndicatorSource}) or reported
 * by hand with evidence, their monthly history, the dashboard with projections, regional targets, task tracking with
 * progress reports, evaluations and the published figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans and indicators")
package org.iptalent.planning;
