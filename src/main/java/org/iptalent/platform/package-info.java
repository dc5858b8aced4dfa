/**
 * The platform shell: the embedded PostgreSQL used when no external database is configured, the web
 * layout, language switch, error pages, and the home dashboard other modules add cards to
 * ({@link org.iptalent.platform.DashboardCard}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform shell")
package org.iptalent.platform;
