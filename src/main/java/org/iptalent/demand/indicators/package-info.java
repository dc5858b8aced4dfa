/** The demand reported, as measures for the plan's indicators and their monthly history (which analytics forecasts). */
package org.iptalent.demand.indicators;
