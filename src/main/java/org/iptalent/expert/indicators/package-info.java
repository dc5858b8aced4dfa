/**
 * The expert pool's measures for the plan's indicators ({@link org.iptalent.planning.IndicatorSource}): the trademark
 * examination "expert" team's members and the appointed experts, each at the end of any day from dated records.
 */
package org.iptalent.expert.indicators;
