/**
 * Analytics over every module's read API: forecasts of the monthly series per region and team (the supply from the
 * registry's indicator sources' history, the demand from the demand module's) and the projected gap between them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package org.iptalent.analytics;
