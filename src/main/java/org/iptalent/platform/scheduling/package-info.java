/**
 * Scheduled jobs on a cluster: every {@code @Scheduled} method of every module also carries
 * {@code @SchedulerLock(name = "<module>-<job>")}, and a run takes that lock in the {@code shedlock} table of
 * PostgreSQL first (with the database's clock, so the nodes' clocks need not agree). A node that finds the lock
 * held skips the run: two nodes never run one job at once.
 */
package org.iptalent.platform.scheduling;
