/**
 * The registry's measures for the plan's indicators ({@link org.iptalent.planning.IndicatorSource}): talents,
 * licensed patent agents, information-service staff, and the provinces and cities public-service talents cover, each
 * at the end of any day since the registry's records are dated (registered, left, moved, qualified).
 */
package org.iptalent.registry.internal.indicators;
