/**
 * Analytics over every module's read API: forecasts of the monthly series per region and team (supply from the
 * registry's indicator sources' history; demand to come from the demand module).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package org.iptalent.analytics;
