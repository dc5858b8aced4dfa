/**
 * The indicators' monthly history ({@link org.iptalent.planning.history.SnapshotStore}): what the dashboard draws and
 * what other modules forecast from (analytics).
 */
@org.springframework.modulith.NamedInterface("history")
package org.iptalent.planning.history;
