/**
 * The expert pool's measures for the plan's indicators ({@link org.iptalent.planning.IndicatorSource}): the trademark
 * examination "expert" team's members, the appointed experts, and those of each category of the plan's refined
 * classification, each at the end of any day from dated records.
 */
package org.iptalent.expert.indicators;
