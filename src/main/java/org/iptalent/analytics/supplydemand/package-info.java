/**
 * The supply-versus-demand map: the registry's active talents (TalentSupply) against the employers' reported demand
 * (DemandFigures) by province or city, team, category and industry, scoped to the administration's region.
 */
package org.iptalent.analytics.supplydemand;
